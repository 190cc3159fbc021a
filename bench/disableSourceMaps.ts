// Imported after tsx (`--import tsx --import ./bench/disableSourceMaps.ts`): tsx turns on
// source-mapped stack traces, which make every `error.stack` read map each frame. The
// bench's `--source-maps off` runs every process this way, to measure what that costs.
process.setSourceMapsEnabled(false);
