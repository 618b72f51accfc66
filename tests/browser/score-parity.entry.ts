// Runs in Chromium: the same scoring as the Node side of the test.
import { scoreAll } from './score-parity.pipeline';

(globalThis as unknown as { scoreAll: typeof scoreAll }).scoreAll = scoreAll;
