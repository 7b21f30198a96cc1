#!/usr/bin/env python3
"""Writes docs/file-map.md: every source file of core/ and ui/ with the first sentence(s) of its
header comment. Run it after moving or adding a file:  python3 docs/file_map.py"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIMIT = 240  # characters of description per entry

TOP = [
    ("app/cli", "`shoptuner-cli`: one file per command group (`cmd_model`, `cmd_tokenizer`, `cmd_generate`, "
     "`cmd_train`, `cmd_score`, `cmd_bench`; `cmd_project` for project files; `cmd_results` for eval, report "
     "and compare; `cmd_apply` for putting a model to work; `project_args` their Qt-side helpers); `app/gui` the GUI's `main`"),
    ("ui", "Qt Widgets: the wizard, the main window's pages, plots. Its include path holds ui/ and "
     "core/project only, so no engine header can be included here"),
    ("core/shared", "facts every layer shares, no Qt and no torch, included as `shoptuner/<name>.h`"),
    ("core/project", "the Qt side (Qt Core and Sql): `store/` the project file, `data/` shop exports to "
     "instruction records, `services/` report, comparison and training plan, `jobs/` long-running work "
     "with progress and cancel; include root `core/project`"),
    ("core/engine", "the numerical engine (libtorch, no Qt), one folder per concern; include root `core`, "
     "linked privately by services and jobs"),
    ("tests", "Qt Test suites (`test_faults` is the fault suite, `test_jobs` the jobs'), `fuzz/` libFuzzer "
     "targets, `bench/`, `reference/` generators, `data/`"),
]

SECTIONS = [
    ("core/shared/shoptuner", "core/shared", "the ten tasks, Python's text rules, the JSON nesting check, training events, well-formed UTF-8"),
    ("core/engine/base", "core/engine", "errors, files written atomically and read safely, shared libraries, "
     "the machine (CPU features, memory, bandwidth, threads and device)"),
    ("core/engine/formats", "core/engine", "files models live in: safetensors, GGUF, PEFT adapters, and the exports "
     "to llama.cpp, Ollama, LM Studio and Hugging Face"),
    ("core/engine/tokenizer", "core/engine", "the tokenizer.json pipeline, SentencePiece through its bridge module "
     "(spm/), chat templates"),
    ("core/engine/model", "core/engine", "config.json, presets, the Llama-family decoder, linear layers (dense, NF4), "
     "mat-vec kernels, LoRA, the loaded-model facade"),
    ("core/engine/generate", "core/engine", "sampling, the generation loop and streaming text"),
    ("core/engine/train", "core/engine", "the LoRA/QLoRA trainer, instruction data, data-parallel training"),
    ("core/engine/eval", "core/engine", "the eCeLLM metrics for the ten tasks and BERTScore"),
    ("core/project/store", "core/project", "the project file: SQLite, versioned schema, migrations, tables"),
    ("core/project/data", "core/project", "reading shop exports, platform layouts, column mapping, linking, "
     "personal-data scrubbing, building the instruction records"),
    ("core/project/data/builders", "core/project", "the ten task builders"),
    ("core/project/services", "core/project", "what is computed from a project without a job: report, comparison, "
     "training plan, training records"),
    ("core/project/services/work", "core/project", "putting the tuned model to work: what each job asks the model, "
     "how far to trust it, and writing the reviewed suggestions back"),
    ("core/project/jobs", "core/project", "long-running work the app and the CLI start: import, build tasks, plan, "
     "demo model, train, evaluate, export, chat, clustering, put a model to work"),
    ("ui", "ui", "the Qt Widgets front end"),
]


def description(path):
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("//"):
            lines.append(stripped[2:].strip())
        elif stripped.startswith("#pragma") or (not stripped and not lines):
            continue
        else:
            break
    text = " ".join(l for l in lines if l)
    if len(text) > LIMIT:
        cut = text.rfind(" ", 0, LIMIT)
        text = text[:cut] + " …"
    return text


def entries(folder):
    files = sorted(p for p in (ROOT / folder).iterdir() if p.suffix in (".h", ".cpp"))
    stems = {}
    for p in files:
        stems.setdefault(p.stem, []).append(p)
    out = []
    for stem, group in sorted(stems.items()):
        group.sort(key=lambda p: p.suffix != ".h")
        names = ", ".join(f"`{p.name}`" for p in group)
        out.append(f"- {names}: {description(group[0]) or '(no header comment)'}")
    return out


def main():
    out = ["# Where things are", "",
           "The map of the source tree, written by `docs/file_map.py` from each file's opening comment; "
           "run it in the same commit that moves or adds a file.", "",
           "| folder | what lives there |", "|---|---|"]
    out += [f"| `{folder}/` | {text} |" for folder, text in TOP]
    for folder, _root, title in SECTIONS:
        out += ["", f"## `{folder}/` — {title}", ""]
        out += entries(folder)
    out += ["", "`core/engine/engine_pch.h` is the precompiled header of the torch sources; which engine sources "
            "need torch is listed in `core/engine/CMakeLists.txt` (`ENGINE_PLAIN_SOURCES` / `ENGINE_TORCH_SOURCES`). "
            "`core/engine/tokenizer/spm/` is the SentencePiece bridge module, the one binary that links "
            "libsentencepiece (loaded at run time; see its ABI header).", ""]
    (ROOT / "docs" / "file-map.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
