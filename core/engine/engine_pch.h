// Precompiled header for the engine's libtorch sources (compiling torch headers costs ~20 s a file).
#pragma once

#include <torch/torch.h>
