/* Preloaded into the sanitizer run only. Qt unloads Mesa's software renderer (swrast_dri.so)
 * when the last OpenGL context goes; LeakSanitizer runs later, at exit, and can then no longer
 * say which module made an allocation ("<unknown module>"), so lsan.supp cannot match it and
 * the leak cannot be told apart from one of ours. Keeping every module loaded until exit lets
 * each leak be attributed. Nothing else changes: the library's destructors still run at exit. */
int dlclose(void* handle) {
    (void)handle;
    return 0;
}
