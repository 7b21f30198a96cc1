#!/usr/bin/python3
"""The reference for `shoptuner-cli bench train`: one LoRA training step in eager PyTorch, as
Hugging Face transformers' LlamaForCausalLM (eager attention, as it runs on PyTorch 1.13) with
PEFT's LoRA on the seven projections computes it. Random weights of the model folder's shape,
random tokens, base weights frozen, AdamW on the adapters; float32, or bfloat16 autocast.

Run by hand (not in CI), with Debian's python3-torch:
    /usr/bin/python3 tests/bench/reference_lora_step.py --config MODEL/config.json --seq 256 --batch 1
Prints one JSON line: tokens_per_s (median step), threads, torch version and its BLAS.
"""
import argparse
import json
import math
import os
import statistics
import time

import torch
import torch.nn.functional as F
from torch import nn


class RmsNorm(nn.Module):
    def __init__(self, size, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(size), requires_grad=False)
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dtype)


class LoraLinear(nn.Module):
    """PEFT's Linear: base(x) + B(A(dropout(x))) * alpha / r, the base frozen, B zero at start."""

    def __init__(self, inputs, outputs, rank, alpha, dropout):
        super().__init__()
        self.base = nn.Linear(inputs, outputs, bias=False)
        self.base.weight.requires_grad_(False)
        self.lora_A = nn.Linear(inputs, rank, bias=False)
        self.lora_B = nn.Linear(rank, outputs, bias=False)
        nn.init.kaiming_uniform_(self.lora_A.weight, a=math.sqrt(5))
        nn.init.zeros_(self.lora_B.weight)
        self.dropout = nn.Dropout(dropout)
        self.scaling = alpha / rank

    def forward(self, x):
        return self.base(x) + self.lora_B(self.lora_A(self.dropout(x))) * self.scaling


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Layer(nn.Module):
    def __init__(self, c, lora):
        super().__init__()
        h, d = c["hidden_size"], c.get("head_dim") or c["hidden_size"] // c["num_attention_heads"]
        self.heads, self.kv_heads, self.head_dim = c["num_attention_heads"], c["num_key_value_heads"], d
        self.q_proj = LoraLinear(h, self.heads * d, *lora)
        self.k_proj = LoraLinear(h, self.kv_heads * d, *lora)
        self.v_proj = LoraLinear(h, self.kv_heads * d, *lora)
        self.o_proj = LoraLinear(self.heads * d, h, *lora)
        self.gate_proj = LoraLinear(h, c["intermediate_size"], *lora)
        self.up_proj = LoraLinear(h, c["intermediate_size"], *lora)
        self.down_proj = LoraLinear(c["intermediate_size"], h, *lora)
        self.input_layernorm = RmsNorm(h, c["rms_norm_eps"])
        self.post_attention_layernorm = RmsNorm(h, c["rms_norm_eps"])

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        r = x
        x = self.input_layernorm(x)
        q = self.q_proj(x).view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        groups = self.heads // self.kv_heads
        k = k.repeat_interleave(groups, dim=1)  # transformers' repeat_kv
        v = v.repeat_interleave(groups, dim=1)
        scores = torch.matmul(q, k.transpose(2, 3)) / math.sqrt(self.head_dim) + mask
        probs = F.softmax(scores, dim=-1, dtype=torch.float32).to(q.dtype)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(b, t, -1)
        x = r + self.o_proj(out)
        r = x
        x = self.post_attention_layernorm(x)
        return r + self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class Model(nn.Module):
    def __init__(self, c, lora):
        super().__init__()
        self.c = c
        self.embed_tokens = nn.Embedding(c["vocab_size"], c["hidden_size"])
        self.embed_tokens.weight.requires_grad_(False)
        self.layers = nn.ModuleList(Layer(c, lora) for _ in range(c["num_hidden_layers"]))
        self.norm = RmsNorm(c["hidden_size"], c["rms_norm_eps"])
        self.lm_head = None
        if not c.get("tie_word_embeddings", False):
            self.lm_head = nn.Linear(c["hidden_size"], c["vocab_size"], bias=False)
            self.lm_head.weight.requires_grad_(False)

    def forward(self, ids):
        t = ids.shape[1]
        d = self.layers[0].head_dim
        inv = 1.0 / (self.c.get("rope_theta", 10000.0) ** (torch.arange(0, d, 2).float() / d))
        angles = torch.outer(torch.arange(t).float(), inv)
        emb = torch.cat((angles, angles), dim=-1)
        cos, sin = emb.cos()[None, None], emb.sin()[None, None]
        mask = torch.full((t, t), float("-inf")).triu(1)[None, None]
        x = self.embed_tokens(ids)
        for layer in self.layers:
            x = layer(x, cos.to(x.dtype), sin.to(x.dtype), mask.to(x.dtype))
        x = self.norm(x)
        weight = self.lm_head.weight if self.lm_head is not None else self.embed_tokens.weight
        return F.linear(x, weight).float()


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--config", required=True, help="a model folder's config.json (its shape)")
    p.add_argument("--seq", type=int, default=256)
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--steps", type=int, default=3, help="timed steps after one warm-up")
    p.add_argument("--rank", type=int, default=8)
    p.add_argument("--threads", type=int, default=os.cpu_count())
    p.add_argument("--bf16", action="store_true", help="bfloat16 autocast")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    with open(a.config) as f:
        config = json.load(f)
    model = Model(config, (a.rank, 16.0, 0.05))
    model.train()
    trainable = [t for t in model.parameters() if t.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=1e-4)
    ids = torch.randint(0, config["vocab_size"], (a.batch, a.seq))

    def step():
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=a.bf16):
            logits = model(ids)
        loss = F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), ids[:, 1:].reshape(-1))
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()

    step()
    times = []
    for _ in range(a.steps):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    blas = [line.strip() for line in torch.__config__.show().splitlines() if "BLAS" in line]
    print(json.dumps({
        "reference": "pytorch-eager-lora", "torch": torch.__version__, "bf16_autocast": a.bf16,
        "seq": a.seq, "batch": a.batch, "threads": torch.get_num_threads(),
        "tokens_per_s": a.batch * a.seq / statistics.median(times),
        "blas": ", ".join(part for line in blas for part in line.split(", ") if "BLAS" in part), "openblas_coretype": os.environ.get("OPENBLAS_CORETYPE", ""),
        "cpu_capability": torch.backends.cpu.get_cpu_capability()
        if hasattr(torch.backends, "cpu") and hasattr(torch.backends.cpu, "get_cpu_capability") else "",
    }))


if __name__ == "__main__":
    main()
