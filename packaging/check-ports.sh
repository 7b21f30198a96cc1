#!/usr/bin/env bash
# Compiles the engine's platform-specific code for the platforms this Linux machine cannot build
# installers for, with cross compilers from Debian, front end only (-fsyntax-only):
#   - Windows x64: MinGW-w64 (g++-mingw-w64-x86-64-posix); takes every _WIN32 branch;
#   - 64-bit ARM (as Apple silicon): aarch64-linux-gnu-g++ (g++-aarch64-linux-gnu); takes the
#     portable kernels instead of the x86 ones.
# MSVC and Apple's clang themselves are not available here; .github/workflows/installers.yml
# builds with them. Run by hand:  bash packaging/check-ports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# Only the libraries' headers, without the build machine's C library, for the cross compilers.
mkdir -p "$STAGE/inc"
for h in nlohmann unicode pcre2.h sentencepiece_processor.h sentencepiece_trainer.h csv.h ATen c10 torch caffe2; do
  [ -e "/usr/include/$h" ] && ln -s "/usr/include/$h" "$STAGE/inc/$h"
done
FLAGS=(-std=c++20 -fsyntax-only -Wall -Wextra -Wno-missing-field-initializers -Icore -isystem "$STAGE/inc"
       -isystem "$STAGE/inc/torch/csrc/api/include"
       -DSHOPTUNER_SPM_MODULE_RELATIVE_DIR='"."' -DSHOPTUNER_SPM_MODULE_NAME='"libshoptuner_spm.dll"' -DPCRE2_CODE_UNIT_WIDTH=8)

mapfile -t PLAIN < <(sed -n '/^set(ENGINE_PLAIN_SOURCES/,/^)/p' core/engine/CMakeLists.txt | sed '1d;$d' | awk '{print "core/engine/"$1}')
failed=0
run() { # label compiler files...
  local label=$1 compiler=$2; shift 2
  if ! command -v "$compiler" > /dev/null; then
    echo "== $label: $compiler is not installed (apt install the package named above)"; failed=1; return
  fi
  echo "== $label ($compiler)"
  for source in "$@"; do
    if "$compiler" "${FLAGS[@]}" "$source" 2> "$STAGE/errors.txt"; then
      echo "ok      $source"
    else
      echo "FAILED  $source"; head -20 "$STAGE/errors.txt"; failed=1
    fi
  done
}

# Windows: the engine's standard-C++ half (the files with Windows branches are among them) and
# the SentencePiece bridge module. The libtorch half needs MSVC: libtorch does not support MinGW.
run "Windows x64" x86_64-w64-mingw32-g++-posix "${PLAIN[@]}" core/engine/tokenizer/spm/spm_module.cpp
# ARM: the kernels and everything else that looks at the processor.
run "64-bit ARM" aarch64-linux-gnu-g++ core/engine/base/cpu_features.cpp core/engine/model/matvec.cpp core/engine/model/nf4.cpp \
    core/engine/base/runtime.cpp core/engine/base/system_info.cpp core/engine/base/bandwidth.cpp
exit $failed
