// Browser tests start the app exactly as the benchmark does.
export { startApp, freePort, signInWithCredentials, postJson, sampleResponse, type PublicQuestion, type RunningApp } from "../../../scripts/app-process";
