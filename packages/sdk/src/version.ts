/**
 * The SDK's version, the same as in its package.json (a test keeps them equal). A prebuilt search
 * index records it: an index written by another version is not read.
 */
export const SDK_VERSION = '0.1.0';
