# Which libtorch find_package(Torch) picked: its version, where it lives and whether it was
# built with CUDA. The first libtorch on CMAKE_PREFIX_PATH wins, so pointing CMAKE_PREFIX_PATH
# at an official CUDA archive (or a torch wheel's share/cmake) makes a GPU build; Debian's
# libtorch-dev is CPU only. Used at configure time; packaging/tests checks it with stand-ins.

# Sets SHOPTUNER_TORCH_CUDA (ON/OFF) in the caller and OUT_VAR to a one-line description.
function(shoptuner_describe_torch out_var)
  set(cuda OFF)
  # TorchConfig.cmake lists the CUDA runtime and c10_cuda here only when libtorch has CUDA.
  if(TORCH_CUDA_LIBRARIES)
    set(cuda ON)
  endif()
  set(version "${Torch_VERSION}")
  if(NOT version)
    set(version "(version unknown)")
  endif()
  set(where "${TORCH_INSTALL_PREFIX}")
  if(NOT where)
    set(where "${Torch_DIR}")
  endif()
  if(cuda)
    set(text "${version} at ${where}, CUDA: yes (GPU training where a CUDA device is present)")
  else()
    set(text "${version} at ${where}, CUDA: no (CPU only)")
  endif()
  set(SHOPTUNER_TORCH_CUDA ${cuda} PARENT_SCOPE)
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()
