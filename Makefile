# Cabinet: `make run` installs what is missing, builds and starts the bundled
# game (headless when there is no display); `make test` runs every test.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps build run test test-asan fuzz soak bench clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/cabinet $(if $(strip $(ARGS)),$(ARGS),cabpac)

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCABINET_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		ctest --output-on-failure -j $(JOBS)

# libFuzzer: every target over its seed corpus and regressions, then
# FUZZ_SECONDS of new inputs each (clang builds only).
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 20
FUZZ_TARGETS = hashdb zipset archive savestate inp inputscript png wav layout ini listxml
fuzz:
	@sh scripts/install-deps.sh fuzz
	CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCABINET_FUZZ=ON -DCABINET_HEADLESS_ONLY=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	sh scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# One emulated hour of every driver with a set in the build's roms/ tree,
# under ASan + UBSan, with scripted inputs; RSS must stay flat
# (bench/soak.sh; SOAK_SECONDS, SOAK_JOBS to change; the full build makes
# the homebrew sets).
SOAK_BUILD ?= build-soak-asan
SOAK_SECONDS ?= 3600
SOAK_JOBS ?= 2
soak: deps
	cmake -S . -B $(SOAK_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCABINET_SANITIZE=ON -DCABINET_HEADLESS_ONLY=ON
	cmake --build $(SOAK_BUILD) -j $(JOBS)
	sh bench/soak.sh -j $(SOAK_JOBS) -s $(SOAK_SECONDS) $(SOAK_BUILD)/cabinet $(SOAK_BUILD)/roms

bench: build
	./$(BUILD)/cpubench

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
