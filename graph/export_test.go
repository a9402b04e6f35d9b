package graph

// Fingerprint is fingerprint, for the tests of package graph_test.
var Fingerprint = fingerprint

// MaxInputDepth is maxInputDepth, for the tests of package graph_test.
const MaxInputDepth = maxInputDepth
