// Pure: a constant. Names the engine and its version in results and CSV files (`Model` column);
// bump it whenever outputs change on purpose (golden fixtures move in the same commit).

/** Engine name and semantic version, e.g. for the CSV `Model` column. */
export const MODEL_VERSION = 'bering-link-engine 1.8.0';
