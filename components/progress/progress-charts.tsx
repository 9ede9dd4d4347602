"use client";

import { AxisBottom, AxisLeft } from "@visx/axis";
import { GridColumns, GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear, scalePoint } from "@visx/scale";
import { Bar, LinePath } from "@visx/shape";
import { Text } from "@visx/text";
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { spacedLabels } from "@/lib/study/chart-labels";
import { ACCURACY_CHART_HEIGHT, DUE_CHART_HEIGHT, masteryChartHeight } from "./chart-sizes";

// The dashboard's charts, drawn with visx (docs/decisions/042-charts-with-visx.md). Each is readable
// without colour: values are printed on the marks, bars carry a pattern, and the page shows the same
// data as a table next to each chart.

const INK = "currentColor";
const AXIS = "#666666";
// Grid lines in the text colour, faint, so that they suit the light and the dark theme alike.
const GRID = { stroke: "currentColor", strokeOpacity: 0.25, strokeDasharray: "3 3" } as const;
const TICK_LABEL = { fill: INK, fontSize: 12 } as const;
const VALUE_LABEL = { fill: INK, fontSize: 12, fontWeight: 600 } as const;
const AXIS_STYLE = { stroke: AXIS, tickStroke: AXIS, tickLabelProps: TICK_LABEL } as const;

type Margin = { top: number; right: number; bottom: number; left: number };
/** The plotting area inside a chart's margins, where its children draw. */
type Plot = { width: number; height: number; margin: Margin };

/**
 * An SVG chart as wide as its container: the width is measured before the first paint and again
 * whenever the container changes size; the height is fixed, so nothing moves around it. The
 * children draw inside the margins (which may depend on the width).
 */
function ChartFrame({ height, title, margin, children }: { height: number; title: string; margin: (width: number) => Margin; children: (plot: Plot) => ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (width === 0) return <div ref={frame} style={{ width: "100%", height }} />;
  const margins = margin(width);
  return (
    <div ref={frame} style={{ width: "100%", height }}>
      <svg className="chart-surface" width={width} height={height} role="img" aria-label={title}>
        <Group left={margins.left} top={margins.top}>
          {children({ width: Math.max(0, width - margins.left - margins.right), height: height - margins.top - margins.bottom, margin: margins })}
        </Group>
      </svg>
    </div>
  );
}

/** An id for a chart's pattern, unique on the page whatever the format of React's ids. */
function usePatternId(kind: string): string {
  return `${kind}-${useId().replace(/[^\w-]/g, "")}`;
}

/** The patterns that fill bars, under ids unique to one chart (a page can show several). */
function Pattern({ id, kind }: { id: string; kind: "stripes" | "dots" }) {
  return (
    <defs>
      {kind === "stripes" ? (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#1d5fc4" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
        </pattern>
      ) : (
        <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill="#7c4a03" />
          <circle cx="4" cy="4" r="1.8" fill="#ffffff" />
        </pattern>
      )}
    </defs>
  );
}

const percent = (value: number) => `${Math.round(value)}%`;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
/** Fewer percentage ticks on a narrow axis (a phone), so that their labels do not touch. */
const percentTicks = (axisWidth: number) => (axisWidth >= 240 ? PERCENT_TICKS : [0, 50, 100]);

export function AccuracyChart({ data }: { data: { label: string; percent: number | null }[] }) {
  const days = data.map((day) => day.label);
  const answered = data.filter((day): day is { label: string; percent: number } => day.percent !== null);
  return (
    <ChartFrame height={ACCURACY_CHART_HEIGHT} title="Quiz accuracy per day" margin={() => ({ top: 24, right: 24, bottom: 32, left: 48 })}>
      {(plot) => {
        const x = scalePoint({ domain: days, range: [0, plot.width], padding: 0.5 });
        const y = scaleLinear({ domain: [0, 100], range: [plot.height, 0] });
        const xOf = (label: string) => x(label) ?? 0;
        const labels = spacedLabels(days, plot.width, 72);
        return (
          <>
            <GridRows scale={y} width={plot.width} tickValues={PERCENT_TICKS} {...GRID} />
            <GridColumns scale={x} height={plot.height} tickValues={labels} {...GRID} />
            <AxisLeft scale={y} tickValues={PERCENT_TICKS} tickFormat={(value) => percent(Number(value))} {...AXIS_STYLE} />
            <AxisBottom top={plot.height} scale={x} tickValues={labels} {...AXIS_STYLE} />
            <LinePath data={answered} x={(day) => xOf(day.label)} y={(day) => y(day.percent)} stroke="#1d5fc4" strokeWidth={3} />
            {answered.map((day) => (
              <g key={day.label}>
                <circle cx={xOf(day.label)} cy={y(day.percent)} r={5} fill="#ffffff" stroke="#1d5fc4" strokeWidth={2} />
                <text x={xOf(day.label)} y={y(day.percent) - 10} textAnchor="middle" className="chart-value" {...VALUE_LABEL}>
                  {percent(day.percent)}
                </text>
              </g>
            ))}
          </>
        );
      }}
    </ChartFrame>
  );
}

export function MasteryChart({ data, title }: { data: { section: string; percent: number }[]; title: string }) {
  const patternId = usePatternId("stripes");
  // The section names take up to 168 px, and at most two fifths of a narrow chart.
  const margin = (width: number): Margin => ({ top: 8, right: 56, bottom: 28, left: Math.min(168, Math.round(width * 0.4)) });
  return (
    <ChartFrame height={masteryChartHeight(data.length)} title={title} margin={margin}>
      {(plot) => {
        const ticks = percentTicks(plot.width);
        const x = scaleLinear({ domain: [0, 100], range: [0, plot.width] });
        const y = scaleBand({ domain: data.map((row) => row.section), range: [0, plot.height], padding: 0.25 });
        return (
          <>
            <Pattern id={patternId} kind="stripes" />
            <GridColumns scale={x} height={plot.height} tickValues={ticks} {...GRID} />
            <AxisBottom top={plot.height} scale={x} tickValues={ticks} tickFormat={(value) => percent(Number(value))} {...AXIS_STYLE} />
            <AxisLeft
              scale={y}
              stroke={AXIS}
              tickStroke={AXIS}
              tickComponent={({ x: tickX, y: tickY, formattedValue }) => (
                <Text x={tickX} y={tickY} width={plot.margin.left - 16} textAnchor="end" verticalAnchor="middle" {...TICK_LABEL}>
                  {formattedValue}
                </Text>
              )}
            />
            {data.map((row) => {
              const barWidth = Math.max(2, x(row.percent));
              const top = y(row.section) ?? 0;
              return (
                <g key={row.section}>
                  <Bar x={0} y={top} width={barWidth} height={y.bandwidth()} fill={`url(#${patternId})`} stroke="#184e9f" />
                  <text x={barWidth + 6} y={top + y.bandwidth() / 2} dominantBaseline="central" className="chart-value" {...VALUE_LABEL}>
                    {percent(row.percent)}
                  </text>
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}

export function DueChart({ data }: { data: { label: string; due: number }[] }) {
  const patternId = usePatternId("dots");
  const days = data.map((day) => day.label);
  const most = Math.max(4, ...data.map((day) => day.due));
  return (
    <ChartFrame height={DUE_CHART_HEIGHT} title="Reviews due in the next 7 days" margin={() => ({ top: 24, right: 16, bottom: 32, left: 40 })}>
      {(plot) => {
        const x = scaleBand({ domain: days, range: [0, plot.width], padding: 0.2 });
        const y = scaleLinear({ domain: [0, most], range: [plot.height, 0], nice: true });
        // Whole numbers only: a count of reviews has no fractions.
        const counts = y.ticks(Math.min(5, most)).filter((value) => Number.isInteger(value));
        const labels = spacedLabels(days, plot.width, 64);
        return (
          <>
            <Pattern id={patternId} kind="dots" />
            <GridRows scale={y} width={plot.width} tickValues={counts} {...GRID} />
            <AxisLeft scale={y} tickValues={counts} tickFormat={(value) => String(value)} {...AXIS_STYLE} />
            <AxisBottom top={plot.height} scale={x} tickValues={labels} {...AXIS_STYLE} />
            {data.map((day) => {
              const left = x(day.label) ?? 0;
              const top = y(day.due);
              return (
                <g key={day.label}>
                  {day.due > 0 ? (
                    <>
                      <Bar x={left} y={top} width={x.bandwidth()} height={plot.height - top} fill={`url(#${patternId})`} stroke="#7c4a03" />
                      <text x={left + x.bandwidth() / 2} y={top - 6} textAnchor="middle" className="chart-value" {...VALUE_LABEL}>
                        {day.due}
                      </text>
                    </>
                  ) : null}
                </g>
              );
            })}
          </>
        );
      }}
    </ChartFrame>
  );
}
