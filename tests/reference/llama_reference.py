#!/usr/bin/python3
# Reference implementation of the Hugging Face Llama-family forward pass
# (LlamaForCausalLM incl. Llama 3.1 "llama3" RoPE scaling, Qwen2ForCausalLM)
# and generator of the tiny seeded test models used by ShopTuner's C++ tests.
#
# It is deliberately independent of the C++ engine: it shares no code with it,
# does not use `transformers` or `safetensors` (both the reader and the writer
# of the .safetensors format are written below), and the forward pass is
# written from the published definitions (see the comments beside RMSNorm,
# RoPE and the llama3 scaling), computed entirely in float64.
#
# For each model under tests/data/models/<name>/ it writes
#   config.json, model.safetensors          (Hugging Face layout and key names)
#   reference_logits.safetensors            ids_a [12] I64, logits_a [12, vocab] F32,
#                                           ids_b [3] I64,  logits_b [3, vocab] F32
# The logits are computed in float64 from the weights as read back from
# model.safetensors (so for the BF16 model: from the bf16-rounded weights) and
# stored as F32.  A self-check recomputes them token by token with a KV cache
# and requires agreement to < 1e-9.
#
# Output is deterministic (byte-identical on rerun).  Rerun from the repo root:
#   /usr/bin/python3 tests/reference/llama_reference.py
# Needs only torch (Debian python3-torch 1.13 is fine) and numpy.

import json
import math
import os
import struct
import sys

import numpy as np
import torch

torch.set_num_threads(1)  # deterministic reductions, light CPU use

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MODELS_DIR = os.path.join(ROOT, "tests", "data", "models")

IDS_A = [1, 5, 17, 99, 3, 42, 42, 7, 120, 64, 0, 33]
IDS_B = [1, 77, 2]

# --------------------------------------------------------------------------
# safetensors: https://github.com/huggingface/safetensors#format
#   u64 little-endian N, then N bytes of JSON header, then raw data.
#   header: {name: {"dtype", "shape", "data_offsets": [begin, end]}, ...,
#            optional "__metadata__": {str: str}}; offsets relative to data start.
# --------------------------------------------------------------------------

_NP_DTYPE = {"F32": "<f4", "F64": "<f8", "I64": "<i8", "I32": "<i4", "BF16": "<u2", "F16": "<f2"}


def f32_to_bf16_bits(a):
    """Round float32 -> bfloat16 (round to nearest, ties to even); returns uint16 bits."""
    bits = np.ascontiguousarray(a, dtype="<f4").view("<u4").astype(np.uint64)
    assert np.all(np.isfinite(a))
    rounding = ((bits >> 16) & 1) + 0x7FFF
    return ((bits + rounding) >> 16).astype("<u2")


def bf16_bits_to_f32(u):
    return (u.astype("<u4") << 16).view("<f4")


def write_safetensors(path, tensors, metadata=None):
    """tensors: list of (name, dtype_str, np.ndarray). Written in sorted name order."""
    header = {}
    if metadata is not None:
        header["__metadata__"] = metadata
    blobs = []
    offset = 0
    for name, dtype, arr in sorted(tensors, key=lambda t: t[0]):
        if dtype == "BF16":
            raw = f32_to_bf16_bits(arr).tobytes()
        else:
            raw = np.ascontiguousarray(arr, dtype=_NP_DTYPE[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(arr.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    hjson = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hjson += b" " * ((-len(hjson)) % 8)  # pad with spaces to 8-byte alignment, as HF does
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hjson)))
        f.write(hjson)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    """Returns (dict name -> (dtype_str, np.ndarray as stored), metadata)."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    base = 8 + n
    meta = header.pop("__metadata__", None)
    out = {}
    for name, info in header.items():
        b, e = info["data_offsets"]
        arr = np.frombuffer(data[base + b:base + e], dtype=_NP_DTYPE[info["dtype"]])
        out[name] = (info["dtype"], arr.reshape(info["shape"]))
    return out, meta


def load_weights_f64(path):
    raw, _ = read_safetensors(path)
    w = {}
    for name, (dtype, arr) in raw.items():
        if dtype == "BF16":
            arr = bf16_bits_to_f32(arr)
        w[name] = torch.from_numpy(np.array(arr, dtype=np.float64))
    return w


# --------------------------------------------------------------------------
# Model definitions (tiny, seeded)
# --------------------------------------------------------------------------

BASE = dict(vocab_size=128, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
            num_attention_heads=4, num_key_value_heads=2, head_dim=8)

LLAMA3_SCALING = {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0,
                  "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}


def llama_config(tied, rope_theta, rope_scaling, torch_dtype, max_pos, rms_eps):
    c = {
        "architectures": ["LlamaForCausalLM"],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "head_dim": BASE["head_dim"],
        "hidden_act": "silu",
        "hidden_size": BASE["hidden_size"],
        "initializer_range": 0.02,
        "intermediate_size": BASE["intermediate_size"],
        "max_position_embeddings": max_pos,
        "mlp_bias": False,
        "model_type": "llama",
        "num_attention_heads": BASE["num_attention_heads"],
        "num_hidden_layers": BASE["num_hidden_layers"],
        "num_key_value_heads": BASE["num_key_value_heads"],
        "pretraining_tp": 1,
        "rms_norm_eps": rms_eps,
        "rope_scaling": rope_scaling,
        "rope_theta": rope_theta,
        "tie_word_embeddings": tied,
        "torch_dtype": torch_dtype,
        "transformers_version": "4.45.0",
        "use_cache": True,
        "vocab_size": BASE["vocab_size"],
    }
    return c


def qwen2_config():
    return {
        "architectures": ["Qwen2ForCausalLM"],
        "attention_dropout": 0.0,
        "bos_token_id": 1,
        "eos_token_id": 2,
        "hidden_act": "silu",
        "hidden_size": BASE["hidden_size"],
        "initializer_range": 0.02,
        "intermediate_size": BASE["intermediate_size"],
        "max_position_embeddings": 2048,
        "max_window_layers": BASE["num_hidden_layers"],
        "model_type": "qwen2",
        "num_attention_heads": BASE["num_attention_heads"],
        "num_hidden_layers": BASE["num_hidden_layers"],
        "num_key_value_heads": BASE["num_key_value_heads"],
        "rms_norm_eps": 1e-06,
        "rope_scaling": None,
        "rope_theta": 1000000.0,
        "sliding_window": 2048,
        "tie_word_embeddings": True,
        "torch_dtype": "float32",
        "transformers_version": "4.45.0",
        "use_cache": True,
        "use_sliding_window": False,
        "vocab_size": BASE["vocab_size"],
    }


def make_weights(seed, tied, qkv_bias):
    """Seeded float32 weights with HF names and [out, in] Linear layout."""
    g = torch.Generator().manual_seed(seed)
    V, H, I = BASE["vocab_size"], BASE["hidden_size"], BASE["intermediate_size"]
    nh, nkv, hd = BASE["num_attention_heads"], BASE["num_key_value_heads"], BASE["head_dim"]

    def normal(*shape, std=0.2):
        return (torch.randn(*shape, generator=g, dtype=torch.float32) * std).numpy()

    def norm_w(n):
        return (1.0 + 0.1 * torch.randn(n, generator=g, dtype=torch.float32)).numpy()

    w = [("model.embed_tokens.weight", normal(V, H, std=0.5))]
    for i in range(BASE["num_hidden_layers"]):
        p = "model.layers.%d." % i
        w.append((p + "input_layernorm.weight", norm_w(H)))
        w.append((p + "self_attn.q_proj.weight", normal(nh * hd, H)))
        w.append((p + "self_attn.k_proj.weight", normal(nkv * hd, H)))
        w.append((p + "self_attn.v_proj.weight", normal(nkv * hd, H)))
        if qkv_bias:
            w.append((p + "self_attn.q_proj.bias", normal(nh * hd)))
            w.append((p + "self_attn.k_proj.bias", normal(nkv * hd)))
            w.append((p + "self_attn.v_proj.bias", normal(nkv * hd)))
        w.append((p + "self_attn.o_proj.weight", normal(H, nh * hd)))
        w.append((p + "post_attention_layernorm.weight", norm_w(H)))
        w.append((p + "mlp.gate_proj.weight", normal(I, H)))
        w.append((p + "mlp.up_proj.weight", normal(I, H)))
        w.append((p + "mlp.down_proj.weight", normal(H, I)))
    w.append(("model.norm.weight", norm_w(H)))
    if not tied:
        w.append(("lm_head.weight", normal(V, H)))
    return w


MODELS = [
    # name, config, seed, tied, qkv_bias, stored dtype
    ("llama-tiny", llama_config(False, 10000.0, None, "float32", 2048, 1e-05), 1234, False, False, "F32"),
    ("llama3-tiny", llama_config(True, 500000.0, LLAMA3_SCALING, "float32", 131072, 1e-05), 2345, True, False, "F32"),
    ("qwen2-tiny", qwen2_config(), 3456, True, True, "F32"),
    # same seed/weights as llama-tiny, stored as bfloat16
    ("llama-tiny-bf16", llama_config(False, 10000.0, None, "bfloat16", 2048, 1e-05), 1234, False, False, "BF16"),
]

# --------------------------------------------------------------------------
# Forward pass, float64, from the definitions
# --------------------------------------------------------------------------


def rms_norm(x, w, eps):
    # RMSNorm, Zhang & Sennrich 2019, "Root Mean Square Layer Normalization", eq. (4):
    #   y = x / RMS(x) * g,  RMS(x) = sqrt(mean(x^2) + eps)   (eps inside the sqrt, as in HF)
    return x / torch.sqrt((x * x).mean(dim=-1, keepdim=True) + eps) * w


def rope_inv_freq(cfg):
    d = cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]
    theta = float(cfg["rope_theta"])
    # RoPE, Su et al. 2021, "RoFormer", eq. (15): theta_i = base^(-2(i-1)/d), i = 1..d/2
    inv_freq = torch.tensor([theta ** (-(2.0 * i) / d) for i in range(d // 2)], dtype=torch.float64)
    rs = cfg.get("rope_scaling")
    if rs is not None:
        assert rs.get("rope_type", rs.get("type")) == "llama3", rs
        inv_freq = llama3_scale(inv_freq, rs)
    return inv_freq


def llama3_bands(inv_freq, rs):
    """Which band each frequency falls into under llama3 scaling."""
    orig = rs["original_max_position_embeddings"]
    low_wl = orig / rs["low_freq_factor"]
    high_wl = orig / rs["high_freq_factor"]
    bands = []
    for f in inv_freq.tolist():
        wl = 2.0 * math.pi / f
        bands.append("keep" if wl < high_wl else ("divide" if wl > low_wl else "smooth"))
    return bands


def llama3_scale(inv_freq, rs):
    # Llama 3.1 RoPE frequency scaling, Meta reference implementation
    # (meta-llama/llama-models, models/llama3/reference_impl/model.py, apply_scaling):
    #   wavelen = 2*pi/freq
    #   wavelen < orig/high_factor : keep freq            (high-frequency band)
    #   wavelen > orig/low_factor  : freq / factor        (low-frequency band)
    #   otherwise: smooth = (orig/wavelen - low_factor) / (high_factor - low_factor)
    #              freq = (1 - smooth) * freq / factor + smooth * freq
    factor = float(rs["factor"])
    low = float(rs["low_freq_factor"])
    high = float(rs["high_freq_factor"])
    orig = float(rs["original_max_position_embeddings"])
    low_wl, high_wl = orig / low, orig / high
    out = []
    for f in inv_freq.tolist():
        wl = 2.0 * math.pi / f
        if wl < high_wl:
            out.append(f)
        elif wl > low_wl:
            out.append(f / factor)
        else:
            smooth = (orig / wl - low) / (high - low)
            out.append((1.0 - smooth) * f / factor + smooth * f)
    return torch.tensor(out, dtype=torch.float64)


def apply_rope(x, positions, inv_freq):
    # RoPE (Su et al. 2021, eq. (34)) in the Hugging Face "rotate_half" layout:
    # dimension i is paired with i + d/2 (not 2i with 2i+1), both rotated by pos * inv_freq[i]:
    #   out[i]       = x[i] cos - x[i+d/2] sin
    #   out[i+d/2]   = x[i+d/2] cos + x[i] sin
    # x: [heads, T, d]; positions: [T]
    ang = positions.to(torch.float64)[:, None] * inv_freq[None, :]  # [T, d/2]
    cos, sin = torch.cos(ang), torch.sin(ang)
    h = x.shape[-1] // 2
    x1, x2 = x[..., :h], x[..., h:]
    return torch.cat([x1 * cos - x2 * sin, x2 * cos + x1 * sin], dim=-1)


def linear(x, w, name):
    y = x @ w[name + ".weight"].T
    if name + ".bias" in w:
        y = y + w[name + ".bias"]
    return y


def silu(x):
    return x / (1.0 + torch.exp(-x))


def layer_qkv(cfg, w, p, h, positions, inv_freq):
    nh, nkv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    hd = cfg.get("head_dim") or cfg["hidden_size"] // nh
    T = h.shape[0]
    q = linear(h, w, p + "self_attn.q_proj").reshape(T, nh, hd).transpose(0, 1)
    k = linear(h, w, p + "self_attn.k_proj").reshape(T, nkv, hd).transpose(0, 1)
    v = linear(h, w, p + "self_attn.v_proj").reshape(T, nkv, hd).transpose(0, 1)
    return apply_rope(q, positions, inv_freq), apply_rope(k, positions, inv_freq), v


def attend(cfg, q, k, v, q_pos, k_pos):
    # q: [nh, Tq, hd]; k, v: [nkv, Tk, hd]; causal mask from absolute positions
    nh, nkv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    rep = nh // nkv
    k = k.repeat_interleave(rep, dim=0)  # GQA: query head j uses kv head j // rep
    v = v.repeat_interleave(rep, dim=0)
    hd = q.shape[-1]
    s = (q @ k.transpose(1, 2)) / math.sqrt(hd)
    mask = k_pos[None, :] > q_pos[:, None]
    s = s.masked_fill(mask[None], float("-inf"))
    s = s - s.max(dim=-1, keepdim=True).values
    p = torch.exp(s)
    p = p / p.sum(dim=-1, keepdim=True)
    o = p @ v  # [nh, Tq, hd]
    return o.transpose(0, 1).reshape(q.shape[1], nh * hd)


def mlp(w, p, h):
    return linear(silu(linear(h, w, p + "mlp.gate_proj")) * linear(h, w, p + "mlp.up_proj"),
                  w, p + "mlp.down_proj")


def head(cfg, w, x):
    x = rms_norm(x, w["model.norm.weight"], cfg["rms_norm_eps"])
    lm = w["model.embed_tokens.weight"] if cfg["tie_word_embeddings"] else w["lm_head.weight"]
    return x @ lm.T


def forward(cfg, w, ids, inv_freq=None):
    """Full-sequence causal forward; returns float64 logits [T, vocab]."""
    if inv_freq is None:
        inv_freq = rope_inv_freq(cfg)
    eps = cfg["rms_norm_eps"]
    ids_t = torch.tensor(ids, dtype=torch.int64)
    pos = torch.arange(len(ids), dtype=torch.int64)
    x = w["model.embed_tokens.weight"][ids_t]
    for i in range(cfg["num_hidden_layers"]):
        p = "model.layers.%d." % i
        h = rms_norm(x, w[p + "input_layernorm.weight"], eps)
        q, k, v = layer_qkv(cfg, w, p, h, pos, inv_freq)
        x = x + linear(attend(cfg, q, k, v, pos, pos), w, p + "self_attn.o_proj")
        x = x + mlp(w, p, rms_norm(x, w[p + "post_attention_layernorm.weight"], eps))
    return head(cfg, w, x)


def forward_kv_cache(cfg, w, ids):
    """Token-by-token decoding with a KV cache; returns float64 logits [T, vocab]."""
    inv_freq = rope_inv_freq(cfg)
    eps = cfg["rms_norm_eps"]
    L = cfg["num_hidden_layers"]
    cache_k = [None] * L
    cache_v = [None] * L
    rows = []
    for t, tok in enumerate(ids):
        pos = torch.tensor([t], dtype=torch.int64)
        x = w["model.embed_tokens.weight"][torch.tensor([tok])]
        for i in range(L):
            p = "model.layers.%d." % i
            h = rms_norm(x, w[p + "input_layernorm.weight"], eps)
            q, k, v = layer_qkv(cfg, w, p, h, pos, inv_freq)
            cache_k[i] = k if cache_k[i] is None else torch.cat([cache_k[i], k], dim=1)
            cache_v[i] = v if cache_v[i] is None else torch.cat([cache_v[i], v], dim=1)
            kpos = torch.arange(t + 1, dtype=torch.int64)
            x = x + linear(attend(cfg, q, cache_k[i], cache_v[i], pos, kpos), w, p + "self_attn.o_proj")
            x = x + mlp(w, p, rms_norm(x, w[p + "post_attention_layernorm.weight"], eps))
        rows.append(head(cfg, w, x))
    return torch.cat(rows, dim=0)


# --------------------------------------------------------------------------


def main():
    ok = True
    for name, cfg, seed, tied, qkv_bias, dtype in MODELS:
        d = os.path.join(MODELS_DIR, name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "config.json"), "w") as f:
            json.dump(cfg, f, indent=2, sort_keys=True)
            f.write("\n")
        weights = make_weights(seed, tied, qkv_bias)
        write_safetensors(os.path.join(d, "model.safetensors"),
                          [(n, dtype, a) for n, a in weights], metadata={"format": "pt"})

        # Reference computed from what was written (bf16-rounded for the BF16 model).
        w = load_weights_f64(os.path.join(d, "model.safetensors"))
        if dtype == "BF16":  # cross-check our rounding against torch's
            for n, a in weights:
                tb = torch.from_numpy(a).to(torch.bfloat16).to(torch.float64)
                assert torch.equal(tb, w[n]), n
        out = []
        line = "%-16s" % name
        for tag, ids in (("a", IDS_A), ("b", IDS_B)):
            logits = forward(cfg, w, ids)
            cached = forward_kv_cache(cfg, w, ids)
            diff = (logits - cached).abs().max().item()
            ok &= diff < 1e-9
            line += "  %s: max|logit| %.4f max|full-kv| %.2e" % (tag, logits.abs().max().item(), diff)
            out.append(("ids_" + tag, "I64", np.array(ids, dtype=np.int64)))
            out.append(("logits_" + tag, "F32", logits.numpy().astype(np.float32)))
        write_safetensors(os.path.join(d, "reference_logits.safetensors"), out,
                          metadata={"format": "pt", "generator": "tests/reference/llama_reference.py"})
        print(line)

        rs = cfg.get("rope_scaling")
        if rs is not None:
            base_cfg = dict(cfg, rope_scaling=None)
            f0, f1 = rope_inv_freq(base_cfg), rope_inv_freq(cfg)
            print("    llama3 bands:", llama3_bands(f0, rs))
            print("    inv_freq unscaled:", ["%.6g" % v for v in f0.tolist()])
            print("    inv_freq scaled:  ", ["%.6g" % v for v in f1.tolist()])
            assert set(llama3_bands(f0, rs)) == {"keep", "smooth", "divide"}
            un = forward(base_cfg, w, IDS_A)
            print("    max|logits_a(scaled) - logits_a(unscaled)| = %.3e" %
                  (forward(cfg, w, IDS_A) - un).abs().max().item())
    if not ok:
        print("SELF-CHECK FAILED: full-sequence vs KV-cache logits differ by >= 1e-9")
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
