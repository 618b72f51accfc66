// Runs in Chromium: the same generator and feature extraction as the Node side of the test.
import { pipeline } from './features-parity.pipeline';

(globalThis as unknown as { parity: typeof pipeline }).parity = pipeline;
