// The dashboard charts' heights in pixels, shared by the charts and the placeholders that hold their
// place while the charting library loads.
export const ACCURACY_CHART_HEIGHT = 260;
export const DUE_CHART_HEIGHT = 240;
export const masteryChartHeight = (sections: number) => Math.max(120, 48 * sections + 40);
