#!/usr/bin/env bash
# Checks that the engine's libtorch code compiles against libtorch 2.x, the version PyTorch's
# own downloads (used for the Windows and macOS installers and for GPU builds) carry, while
# Debian 12 and CI build against libtorch 1.13. It takes the headers of Debian 13's libtorch
# 2.6 packages: the CPU one, and the CUDA one with NCCL (so the NCCL backend of distributed
# training is compiled too). Only the compiler's front end runs (-fsyntax-only): the headers
# of another Debian release cannot be linked here. Run by hand; it downloads two .deb files
# (about 5 MB) from deb.debian.org on the first run.
#
#   bash packaging/check-torch-api.sh [build-dir]     (build-dir: a configured build, default build)
#
# Needs a CUDA toolkit's headers for the CUDA check (CUDA_HOME, default /usr/local/cuda);
# without them only the CPU headers are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
CACHE=${SHOPTUNER_TORCH_API_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shoptuner-torch-api}
CUDA_HOME=${CUDA_HOME:-/usr/local/cuda}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$CACHE"

fetch() { # package component -> unpacked folder
  local package=$1 component=$2 dir="$CACHE/$1"
  if [ ! -d "$dir/usr/include/torch" ]; then
    if [ ! -f "$CACHE/Packages.$component" ]; then
      curl -fsS "$MIRROR/dists/trixie/$component/binary-amd64/Packages.xz" | xz -d > "$CACHE/Packages.$component"
    fi
    local file
    file=$(awk -v p="$package" '$1=="Package:"{n=$2} $1=="Filename:" && n==p{print $2; exit}' "$CACHE/Packages.$component")
    [ -n "$file" ] || { echo "no $package in Debian trixie's $component" >&2; exit 1; }
    curl -fsS -o "$CACHE/$package.deb" "$MIRROR/$file"
    rm -rf "$dir" && dpkg-deb -x "$CACHE/$package.deb" "$dir"
  fi
  echo "$dir/usr/include"
}

# The torch sources, as the build lists them, and the tests that use libtorch directly.
mapfile -t SOURCES < <(sed -n '/^set(ENGINE_TORCH_SOURCES/,/^)/p' core/engine/CMakeLists.txt | sed '1d;$d' | awk '{print "core/engine/"$1}')
SOURCES+=(tests/test_lora.cpp tests/test_llama_model.cpp tests/test_linear_layers.cpp)
[ -f "$BUILD/compile_commands.json" ] || { echo "configure and build first: cmake --preset default" >&2; exit 1; }

# The build's own command for a source (its definitions, Qt's folders, moc's output folder),
# one argument per line, without libtorch 1.13's folders, the precompiled header made with
# them, and the output options.
flags_for() {
  python3 - "$BUILD/compile_commands.json" "$PWD/$1" <<'PY'
import json, shlex, sys
for entry in json.load(open(sys.argv[1])):
    if entry["file"] != sys.argv[2]:
        continue
    args, out, skip = shlex.split(entry["command"])[1:], [], False
    for i, a in enumerate(args):
        if skip:
            skip = False
            continue
        if a in ("-o", "-c", "-include", "-isystem", "-I"):
            value = args[i + 1]
            skip = True
            if a in ("-o", "-c") or "torch" in value or value.endswith(".hxx"):
                continue
            out += [a, value]
        elif a not in ("-Winvalid-pch",) and not a.startswith("-O"):
            out.append(a)
    print("\n".join(out))
    break
PY
}

failed=0
check() { # label include-root extra-flags...
  local label=$1 root=$2 version; shift 2
  version=$(awk '/define TORCH_VERSION_(MAJOR|MINOR|PATCH)/{v = v (v ? "." : "") $3} END{print v}' "$root/torch/csrc/api/include/torch/version.h")
  echo "== $label: libtorch $version"
  for source in "${SOURCES[@]}"; do
    local own=()
    mapfile -t own < <(flags_for "$source")
    [ ${#own[@]} -gt 0 ] || { echo "FAILED  $source (not in $BUILD/compile_commands.json)"; failed=1; continue; }
    # The engine's sources rely on its precompiled header (engine_pch.h) for the torch includes.
    local pch=()
    case "$source" in core/engine/*) pch=(-include core/engine/engine_pch.h) ;; esac
    if g++ -fsyntax-only -Wno-psabi -isystem "$root" -isystem "$root/torch/csrc/api/include" "$@" \
        "${own[@]}" "${pch[@]}" "$source" 2> "$CACHE/errors.txt"; then
      echo "ok      $source"
    else
      echo "FAILED  $source"; head -30 "$CACHE/errors.txt"; failed=1
    fi
  done
}

check "libtorch 2.6 (CPU)" "$(fetch libtorch-dev main)"
if [ -f "$CUDA_HOME/include/cuda_runtime.h" ] && [ -f "$CUDA_HOME/include/nccl.h" ]; then
  # The files whose code differs with CUDA: the NCCL backend, the device choice, the trainer.
  SOURCES=(core/engine/train/distributed.cpp core/engine/base/runtime.cpp core/engine/train/trainer.cpp)
  check "libtorch 2.6 (CUDA, NCCL)" "$(fetch libtorch-cuda-dev contrib)" -isystem "$CUDA_HOME/include" -DUSE_CUDA -DUSE_C10D_NCCL
else
  echo "== no CUDA toolkit with NCCL at $CUDA_HOME: the CUDA headers were not checked"
fi
exit $failed
