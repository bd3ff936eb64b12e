// Compiled only to build a test folder's precompiled header (latentlab_test_headers in
// tests/CMakeLists.txt); the tests of that folder reuse it.
