"use client";

import dynamic from "next/dynamic";
import type { ComponentProps, ReactNode } from "react";
import type * as Charts from "./progress-charts";
import { ACCURACY_CHART_HEIGHT, DUE_CHART_HEIGHT, masteryChartHeight } from "./chart-sizes";

// The charts' code (visx and the d3 scales under it) is not needed to read the dashboard: the
// figures it draws are also in the page's text and tables. The charts are therefore loaded after
// the page, each in a placeholder of its final height so that nothing moves when it appears.

function ChartPlaceholder({ height }: { height: number }) {
  return <div aria-hidden="true" className="w-full rounded bg-slate-50 dark:bg-slate-900" style={{ height }} />;
}

// Each chart sits in an element marked data-chart, so that a test (or a script) can tell when every
// chart on the page has been drawn.
function ChartSlot({ kind, minHeight, children }: { kind: string; minHeight?: number; children: ReactNode }) {
  return (
    <div data-chart={kind} style={minHeight === undefined ? undefined : { minHeight }}>
      {children}
    </div>
  );
}

const LazyAccuracyChart = dynamic(() => import("./progress-charts").then((charts) => charts.AccuracyChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={ACCURACY_CHART_HEIGHT} />,
});

const LazyDueChart = dynamic(() => import("./progress-charts").then((charts) => charts.DueChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={DUE_CHART_HEIGHT} />,
});

const LazyMasteryChart = dynamic(() => import("./progress-charts").then((charts) => charts.MasteryChart), { ssr: false });

export function AccuracyChart(props: ComponentProps<typeof Charts.AccuracyChart>) {
  return (
    <ChartSlot kind="accuracy">
      <LazyAccuracyChart {...props} />
    </ChartSlot>
  );
}

export function DueChart(props: ComponentProps<typeof Charts.DueChart>) {
  return (
    <ChartSlot kind="due">
      <LazyDueChart {...props} />
    </ChartSlot>
  );
}

export function MasteryChart(props: ComponentProps<typeof Charts.MasteryChart>) {
  // dynamic()'s placeholder has no props, so the mastery chart's height (one row per section) is
  // reserved by its slot instead.
  return (
    <ChartSlot kind="mastery" minHeight={masteryChartHeight(props.data.length)}>
      <LazyMasteryChart {...props} />
    </ChartSlot>
  );
}
