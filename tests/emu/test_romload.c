#include "romset_fixture.h"
int main(void) { return fx_finish("test_romload"); }
