"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from "recharts";
import { ACCURACY_CHART_HEIGHT, DUE_CHART_HEIGHT, masteryChartHeight } from "./chart-sizes";

// The dashboard's charts. Each is readable without colour: values are printed on the marks, bars
// carry a pattern, and the page shows the same data as a table next to each chart.

const INK = "currentColor";

function Patterns() {
  return (
    <defs>
      <pattern id="pattern-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill="#1d5fc4" />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeWidth="3" />
      </pattern>
      <pattern id="pattern-dots" width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill="#7c4a03" />
        <circle cx="4" cy="4" r="1.8" fill="#ffffff" />
      </pattern>
    </defs>
  );
}

const percentLabel = (value: unknown) => (typeof value === "number" ? `${Math.round(value)}%` : "");

export function AccuracyChart({ data }: { data: { label: string; percent: number | null }[] }) {
  return (
    <LineChart responsive style={{ width: "100%", height: ACCURACY_CHART_HEIGHT }} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 0 }} title="Quiz accuracy per day" accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={{ fill: INK, fontSize: 12 }} interval="preserveStartEnd" />
      <YAxis domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} tick={{ fill: INK, fontSize: 12 }} width={48} />
      <Line type="linear" dataKey="percent" stroke="#1d5fc4" strokeWidth={3} dot={{ r: 5, strokeWidth: 2, fill: "#ffffff" }} connectNulls isAnimationActive={false}>
        <LabelList dataKey="percent" position="top" formatter={percentLabel} style={{ fill: INK, fontSize: 12, fontWeight: 600 }} />
      </Line>
    </LineChart>
  );
}

export function MasteryChart({ data, title }: { data: { section: string; percent: number }[]; title: string }) {
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: masteryChartHeight(data.length) }}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
      title={title}
      accessibilityLayer={false}
    >
      <Patterns />
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" domain={[0, 100]} tickFormatter={(value: number) => `${value}%`} tick={{ fill: INK, fontSize: 12 }} />
      <YAxis type="category" dataKey="section" width={160} tick={{ fill: INK, fontSize: 12 }} />
      <Bar dataKey="percent" fill="url(#pattern-stripes)" stroke="#184e9f" minPointSize={2} isAnimationActive={false}>
        <LabelList dataKey="percent" position="right" formatter={percentLabel} style={{ fill: INK, fontSize: 12, fontWeight: 600 }} />
      </Bar>
    </BarChart>
  );
}

export function DueChart({ data }: { data: { label: string; due: number }[] }) {
  return (
    <BarChart responsive style={{ width: "100%", height: DUE_CHART_HEIGHT }} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 0 }} title="Reviews due in the next 7 days" accessibilityLayer={false}>
      <Patterns />
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fill: INK, fontSize: 12 }} />
      <YAxis allowDecimals={false} tick={{ fill: INK, fontSize: 12 }} width={40} />
      <Bar dataKey="due" fill="url(#pattern-dots)" stroke="#7c4a03" isAnimationActive={false}>
        <LabelList dataKey="due" position="top" style={{ fill: INK, fontSize: 12, fontWeight: 600 }} />
      </Bar>
    </BarChart>
  );
}
