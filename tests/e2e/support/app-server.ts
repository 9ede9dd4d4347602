// Browser tests start the app exactly as the benchmark does.
export { startApp, freePort, type RunningApp } from "../../../scripts/app-process";
