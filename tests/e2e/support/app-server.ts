// Browser tests start the app exactly as the benchmark does.
export { startApp, freePort, signInWithCredentials, type RunningApp } from "../../../scripts/app-process";
