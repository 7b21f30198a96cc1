#!/usr/bin/env python3
"""Golden token ids for ShopTuner's SentencePiece tests (Llama 2 tokenizer.model).

Encodes every string in tests/reference/tokenizer_strings.json with the reference
`sentencepiece` Python library (sp.encode(text), ids, no BOS/EOS) and decodes the ids back,
writing tests/data/tokenizers/golden-llama2-spm.json.

Run:
    pip install sentencepiece        # or Debian: apt install python3-sentencepiece
    SHOPTUNER_FIXTURES=/work/shared/fixtures python3 tests/reference/golden_spm.py
SHOPTUNER_FIXTURES defaults to ../shared/fixtures relative to the repository root.
"""
import json
import os
import sys

import sentencepiece as spm

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.abspath(os.environ.get("SHOPTUNER_FIXTURES")
                           or os.path.join(REPO_ROOT, "..", "shared", "fixtures"))
FIXTURE_REL = "llama2/tokenizer.model"
OUT = os.path.join(REPO_ROOT, "tests", "data", "tokenizers", "golden-llama2-spm.json")


def main():
    with open(os.path.join(HERE, "tokenizer_strings.json"), encoding="utf-8") as f:
        strings = json.load(f)["strings"]
    sp = spm.SentencePieceProcessor(model_file=os.path.join(FIXTURES, FIXTURE_REL))
    cases = []
    mismatches = 0
    for text in strings:
        ids = sp.encode(text)  # out_type=int, add_bos=False, add_eos=False
        decoded = sp.decode(ids)
        if decoded != text:
            mismatches += 1
            print(f"decode differs: {text!r} -> {decoded!r}", file=sys.stderr)
        cases.append({"text": text, "ids": ids, "decoded": decoded})
    header = {
        "tokenizer": FIXTURE_REL,
        "reference": f"sentencepiece {spm.__version__} (Python)",
        "variant": None,
        "add_special_tokens": False,
    }

    def dump(v):
        return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

    out = "{\n"
    out += "".join(f"  {dump(k)}: {dump(v)},\n" for k, v in header.items())
    out += '  "cases": [\n'
    out += ",\n".join("    " + dump(c) for c in cases)
    out += "\n  ]\n}\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(out)
    print(f"{OUT}: {len(cases)} cases, {mismatches} decode mismatches")


if __name__ == "__main__":
    main()
