export { ksTestBinned, kolmogorovQ, type TestResult } from './ks-test';
export { chiSquareTest } from './chi-square-test';
export { jensenShannonDistance } from './jensen-shannon';
export { pairedLogLossTest, welchLogLossTest, rowLogLoss, type Comparison } from './compare';
