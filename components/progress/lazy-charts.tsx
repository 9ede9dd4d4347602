"use client";

import dynamic from "next/dynamic";
import { ACCURACY_CHART_HEIGHT, DUE_CHART_HEIGHT, masteryChartHeight } from "./chart-sizes";

// The charting library is most of the dashboard's JavaScript, and the figures it draws are also in
// the page's text and tables. The charts are therefore loaded after the page, each in a placeholder
// of its final height so that nothing moves when it appears.

function ChartPlaceholder({ height }: { height: number }) {
  return <div aria-hidden="true" className="w-full rounded bg-slate-50 dark:bg-slate-900" style={{ height }} />;
}

const LazyAccuracyChart = dynamic(() => import("./progress-charts").then((charts) => charts.AccuracyChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={ACCURACY_CHART_HEIGHT} />,
});

const LazyDueChart = dynamic(() => import("./progress-charts").then((charts) => charts.DueChart), {
  ssr: false,
  loading: () => <ChartPlaceholder height={DUE_CHART_HEIGHT} />,
});

// Each chart sits in an element marked data-chart, so that a test (or a script) can tell when every
// chart on the page has been drawn.
export function AccuracyChart({ data }: { data: { label: string; percent: number | null }[] }) {
  return (
    <div data-chart="accuracy">
      <LazyAccuracyChart data={data} />
    </div>
  );
}

export function DueChart({ data }: { data: { label: string; due: number }[] }) {
  return (
    <div data-chart="due">
      <LazyDueChart data={data} />
    </div>
  );
}

const LazyMasteryChart = dynamic(() => import("./progress-charts").then((charts) => charts.MasteryChart), { ssr: false });

export function MasteryChart({ data, title }: { data: { section: string; percent: number }[]; title: string }) {
  // dynamic()'s placeholder has no props, so the mastery chart's height (one row per section) is
  // reserved by this wrapper instead.
  return (
    <div data-chart="mastery" style={{ minHeight: masteryChartHeight(data.length) }}>
      <LazyMasteryChart data={data} title={title} />
    </div>
  );
}
