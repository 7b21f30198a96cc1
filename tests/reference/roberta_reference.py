#!/usr/bin/python3
# Reference for ShopTuner's RoBERTa encoder and its BERTScore, and generator of the tiny
# seeded encoder used by the C++ tests (tests/data/models/roberta-tiny/).
#
# Independent of the C++ engine: plain Python, no numpy, no torch, no transformers. The
# forward pass follows the published definition of RoBERTa (Liu et al. 2019, which keeps
# BERT's post-LayerNorm Transformer encoder, Devlin et al. 2019) as Hugging Face's
# RobertaModel lays out its weights, computed in float64 from the float32 weights as stored:
#   positions   padding_idx + 1 + i for the i-th token (RoBERTa's offset; padding_idx = 1)
#   embeddings  LayerNorm(word[id] + position[pos] + token_type[0])
#   each layer  a = LayerNorm(x + Wo * softmax(Q K^T / sqrt(d_head)) V + bo)
#               x = LayerNorm(a + W2 * gelu(W1 a + b1) + b2),  gelu(x) = x/2 (1 + erf(x/sqrt 2))
#   LayerNorm   (x - mean) / sqrt(var + eps) * weight + bias, var with 1/n
# BERTScore (Zhang et al. 2020, as the bert_score package computes it with idf off and no
# baseline rescaling): the text is stripped, a space is put in front (RoBERTa's
# add_prefix_space), <s> ... </s> around it, cut to model_max_length tokens; the hidden states
# after `num_layers` layers are L2-normalised per token; precision is the mean over the
# candidate's tokens other than <s> and </s> of the best cosine similarity with any of the
# reference's tokens (<s> and </s> included), recall the same the other way round,
# F1 = 2PR / (P + R); an empty candidate or reference scores 0.
#
# Writes tests/data/models/roberta-tiny/{config.json, model.safetensors, tokenizer.json,
# tokenizer_config.json, reference_bertscore.json}. Deterministic (byte-identical on rerun):
#   /usr/bin/python3 tests/reference/roberta_reference.py

import json
import math
import os
import random
import re
import struct

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "tests", "data", "models", "roberta-tiny")

HIDDEN = 16
LAYERS = 3
HEADS = 2
INTERMEDIATE = 40
MAX_POSITIONS = 64
MODEL_MAX_LENGTH = 48  # tokenizer_config.json: longer texts are cut (specials included)
EPS = 1e-5
SCORE_LAYERS = 2  # BERTScore takes the hidden states after this many layers

SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]
MERGES = ["\u0120 t", "h e", "\u0120t he", "\u0120 a", "e r", "\u0120 s", "i n", "o n",
          "\u0120 c", "l e", "\u0120 k", "e d", "a n", "\u0120a n", "\u0120an d", "o r"]


# --- byte-level BPE (GPT-2's byte-to-character table, merges by rank) ---------------------

def bytes_to_unicode():
    printable = list(range(0x21, 0x7F)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    table = {}
    extra = 0
    for b in range(256):
        if b in printable:
            table[b] = chr(b)
        else:
            table[b] = chr(256 + extra)
            extra += 1
    return table


BYTE_CHAR = bytes_to_unicode()


def build_vocab():
    vocab = {}
    for s in SPECIALS:
        vocab[s] = len(vocab)
    for b in range(256):
        vocab[BYTE_CHAR[b]] = len(vocab)
    for m in MERGES:
        a, b = m.split(" ")
        vocab[a + b] = len(vocab)
    vocab["<mask>"] = len(vocab)
    return vocab


VOCAB = build_vocab()
RANKS = {tuple(m.split(" ")): i for i, m in enumerate(MERGES)}

# GPT-2's pre-tokenizer pattern; the test texts are ASCII, where \p{L} and \p{N} are these classes.
PIECES = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?[0-9]+| ?[^\sA-Za-z0-9]+|\s+(?!\S)|\s+")


def bpe(word):
    symbols = list(word)
    while len(symbols) > 1:
        best = None
        for i in range(len(symbols) - 1):
            r = RANKS.get((symbols[i], symbols[i + 1]))
            if r is not None and (best is None or r < best[0]):
                best = (r, i)
        if best is None:
            break
        i = best[1]
        symbols = symbols[:i] + [symbols[i] + symbols[i + 1]] + symbols[i + 2:]
    return symbols


def sent_encode(text):
    text = text.strip()
    if text == "":
        return [VOCAB["<s>"], VOCAB["</s>"]]
    ids = []
    for piece in PIECES.findall(" " + text):
        word = "".join(BYTE_CHAR[b] for b in piece.encode("utf-8"))
        ids.extend(VOCAB[s] for s in bpe(word))
    ids = ids[:MODEL_MAX_LENGTH - 2]
    return [VOCAB["<s>"]] + ids + [VOCAB["</s>"]]


# --- weights ----------------------------------------------------------------------------------

def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def make_weights():
    rng = random.Random(20261129)
    weights = []  # (name, shape, flat list of float32-representable floats)

    def add(name, shape, scale, centre=0.0):
        n = 1
        for s in shape:
            n *= s
        weights.append((name, shape, [f32(centre + rng.gauss(0.0, scale)) for _ in range(n)]))

    vocab = len(VOCAB)
    p = "roberta."
    add(p + "embeddings.word_embeddings.weight", [vocab, HIDDEN], 0.5)
    add(p + "embeddings.position_embeddings.weight", [MAX_POSITIONS, HIDDEN], 0.3)
    add(p + "embeddings.token_type_embeddings.weight", [1, HIDDEN], 0.1)
    add(p + "embeddings.LayerNorm.weight", [HIDDEN], 0.1, 1.0)
    add(p + "embeddings.LayerNorm.bias", [HIDDEN], 0.1)
    for l in range(LAYERS):
        q = p + "encoder.layer.%d." % l
        for m in ("query", "key", "value"):
            add(q + "attention.self.%s.weight" % m, [HIDDEN, HIDDEN], 0.35)
            add(q + "attention.self.%s.bias" % m, [HIDDEN], 0.05)
        add(q + "attention.output.dense.weight", [HIDDEN, HIDDEN], 0.25)
        add(q + "attention.output.dense.bias", [HIDDEN], 0.05)
        add(q + "attention.output.LayerNorm.weight", [HIDDEN], 0.1, 1.0)
        add(q + "attention.output.LayerNorm.bias", [HIDDEN], 0.1)
        add(q + "intermediate.dense.weight", [INTERMEDIATE, HIDDEN], 0.25)
        add(q + "intermediate.dense.bias", [INTERMEDIATE], 0.05)
        add(q + "output.dense.weight", [HIDDEN, INTERMEDIATE], 0.2)
        add(q + "output.dense.bias", [HIDDEN], 0.05)
        add(q + "output.LayerNorm.weight", [HIDDEN], 0.1, 1.0)
        add(q + "output.LayerNorm.bias", [HIDDEN], 0.1)
    # The masked-LM head, as in roberta-large's checkpoint; an encoder ignores it.
    add("lm_head.dense.weight", [HIDDEN, HIDDEN], 0.2)
    add("lm_head.dense.bias", [HIDDEN], 0.05)
    add("lm_head.layer_norm.weight", [HIDDEN], 0.1, 1.0)
    add("lm_head.layer_norm.bias", [HIDDEN], 0.1)
    add("lm_head.bias", [vocab], 0.05)
    return weights


def write_safetensors(path, weights):
    # https://github.com/huggingface/safetensors#format: u64 header size, JSON header, data.
    header = {"__metadata__": {"format": "pt"}}
    blobs = []
    offset = 0
    for name, shape, values in sorted(weights, key=lambda w: w[0]):
        raw = struct.pack("<%df" % len(values), *values)
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((-len(text)) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


# --- forward pass -------------------------------------------------------------------------------

def matrix(flat, rows, cols):
    return [flat[r * cols:(r + 1) * cols] for r in range(rows)]


def linear(x, w, b):
    return [sum(wi * xi for wi, xi in zip(row, x)) + bias for row, bias in zip(w, b)]


def layer_norm(x, g, b):
    n = len(x)
    mean = sum(x) / n
    var = sum((v - mean) ** 2 for v in x) / n
    inv = 1.0 / math.sqrt(var + EPS)
    return [(v - mean) * inv * gi + bi for v, gi, bi in zip(x, g, b)]


def gelu(v):
    return 0.5 * v * (1.0 + math.erf(v / math.sqrt(2.0)))


def hidden_states(W, ids, layers):
    word = matrix(W["roberta.embeddings.word_embeddings.weight"], len(VOCAB), HIDDEN)
    pos = matrix(W["roberta.embeddings.position_embeddings.weight"], MAX_POSITIONS, HIDDEN)
    tt = W["roberta.embeddings.token_type_embeddings.weight"]
    x = []
    for i, t in enumerate(ids):
        e = [word[t][k] + pos[VOCAB["<pad>"] + 1 + i][k] + tt[k] for k in range(HIDDEN)]
        x.append(layer_norm(e, W["roberta.embeddings.LayerNorm.weight"], W["roberta.embeddings.LayerNorm.bias"]))
    dh = HIDDEN // HEADS
    for l in range(layers):
        p = "roberta.encoder.layer.%d." % l

        def lin(name, v, rows, cols):
            return linear(v, matrix(W[p + name + ".weight"], rows, cols), W[p + name + ".bias"])

        q = [lin("attention.self.query", v, HIDDEN, HIDDEN) for v in x]
        k = [lin("attention.self.key", v, HIDDEN, HIDDEN) for v in x]
        val = [lin("attention.self.value", v, HIDDEN, HIDDEN) for v in x]
        ctx = [[0.0] * HIDDEN for _ in x]
        for h in range(HEADS):
            s = slice(h * dh, (h + 1) * dh)
            for i in range(len(x)):
                scores = [sum(a * b for a, b in zip(q[i][s], k[j][s])) / math.sqrt(dh) for j in range(len(x))]
                m = max(scores)
                ex = [math.exp(v - m) for v in scores]
                z = sum(ex)
                for j in range(len(x)):
                    for d in range(dh):
                        ctx[i][h * dh + d] += ex[j] / z * val[j][h * dh + d]
        a = []
        for i in range(len(x)):
            o = lin("attention.output.dense", ctx[i], HIDDEN, HIDDEN)
            a.append(layer_norm([o[d] + x[i][d] for d in range(HIDDEN)],
                                W[p + "attention.output.LayerNorm.weight"], W[p + "attention.output.LayerNorm.bias"]))
        x = []
        for i in range(len(a)):
            inter = [gelu(v) for v in lin("intermediate.dense", a[i], INTERMEDIATE, HIDDEN)]
            o = lin("output.dense", inter, HIDDEN, INTERMEDIATE)
            x.append(layer_norm([o[d] + a[i][d] for d in range(HIDDEN)],
                                W[p + "output.LayerNorm.weight"], W[p + "output.LayerNorm.bias"]))
    return x


def bert_score(W, candidate, reference):
    c_ids, r_ids = sent_encode(candidate), sent_encode(reference)
    if len(c_ids) == 2 or len(r_ids) == 2:
        return 0.0, 0.0, 0.0

    def unit(vectors):
        return [[v / math.sqrt(sum(t * t for t in vec)) for v in vec] for vec in vectors]

    c = unit(hidden_states(W, c_ids, SCORE_LAYERS))
    r = unit(hidden_states(W, r_ids, SCORE_LAYERS))
    sim = [[sum(a * b for a, b in zip(ci, rj)) for rj in r] for ci in c]
    special = {VOCAB["<s>"], VOCAB["</s>"]}
    c_w = [0.0 if t in special else 1.0 for t in c_ids]
    r_w = [0.0 if t in special else 1.0 for t in r_ids]
    precision = sum(w * max(row) for w, row in zip(c_w, sim)) / sum(c_w)
    recall = sum(w * max(sim[i][j] for i in range(len(c))) for j, w in enumerate(r_w)) / sum(r_w)
    return precision, recall, 2 * precision * recall / (precision + recall)


PAIRS = [
    ("The kettle is red and holds 1.7 litres.", "The red kettle holds 1.7 litres of water."),
    ("Yes, it fits a queen bed.", "It fits queen and king beds."),
    ("  Cotton cover, machine washable!  ", "The cover is cotton and it's machine washable."),
    ("This candle burns for about forty hours and smells of cedar, vanilla and a little smoke from the fire.",
     "About 40 hours."),
    ("Blue", "Blue"),
    ("", "The cover is cotton."),
    ("No.", "   "),
]

ENCODED = ["The kettle is red and holds 1.7 litres.", "Blue"]


def main():
    os.makedirs(OUT, exist_ok=True)
    weights = make_weights()
    write_safetensors(os.path.join(OUT, "model.safetensors"), weights)
    W = {name: values for name, _, values in weights}

    config = {
        "architectures": ["RobertaForMaskedLM"], "model_type": "roberta", "vocab_size": len(VOCAB),
        "hidden_size": HIDDEN, "num_hidden_layers": LAYERS, "num_attention_heads": HEADS,
        "intermediate_size": INTERMEDIATE, "hidden_act": "gelu", "max_position_embeddings": MAX_POSITIONS,
        "type_vocab_size": 1, "layer_norm_eps": EPS, "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2,
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        "position_embedding_type": "absolute", "torch_dtype": "float32",
    }
    with open(os.path.join(OUT, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
        f.write("\n")

    added = [{"id": VOCAB[s], "content": s, "single_word": False, "lstrip": s == "<mask>", "rstrip": False,
              "normalized": False, "special": True} for s in SPECIALS + ["<mask>"]]
    tokenizer = {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added, "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": {"type": "RobertaProcessing", "sep": ["</s>", 2], "cls": ["<s>", 0],
                           "trim_offsets": True, "add_prefix_space": False},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "vocab": VOCAB, "merges": MERGES},
    }
    with open(os.path.join(OUT, "tokenizer.json"), "w") as f:
        json.dump(tokenizer, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "tokenizer_config.json"), "w") as f:
        json.dump({"model_max_length": MODEL_MAX_LENGTH, "bos_token": "<s>", "eos_token": "</s>",
                   "pad_token": "<pad>", "unk_token": "<unk>", "cls_token": "<s>", "sep_token": "</s>",
                   "mask_token": "<mask>", "tokenizer_class": "RobertaTokenizer"}, f, indent=2)
        f.write("\n")

    reference = {
        "score_layers": SCORE_LAYERS,
        "encoded": [{"text": t, "ids": sent_encode(t),
                     "hidden": hidden_states(W, sent_encode(t), SCORE_LAYERS),
                     "hidden_all_layers": hidden_states(W, sent_encode(t), LAYERS)} for t in ENCODED],
        "pairs": [],
    }
    for cand, ref in PAIRS:
        p, r, f1 = bert_score(W, cand, ref)
        reference["pairs"].append({"candidate": cand, "reference": ref, "candidate_ids": sent_encode(cand),
                                   "precision": p, "recall": r, "f1": f1})
    with open(os.path.join(OUT, "reference_bertscore.json"), "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    for pair in reference["pairs"]:
        print("%-40.40s P %.6f R %.6f F %.6f" % (pair["candidate"], pair["precision"], pair["recall"], pair["f1"]))


if __name__ == "__main__":
    main()
