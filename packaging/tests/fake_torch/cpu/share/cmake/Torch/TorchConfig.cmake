# A stand-in for a cpu libtorch archive's TorchConfig.cmake: only the variables the
# configuration reads (the real one also defines the torch target and its libraries).
get_filename_component(TORCH_INSTALL_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
set(TORCH_FOUND TRUE)
set(TORCH_LIBRARIES torch)
