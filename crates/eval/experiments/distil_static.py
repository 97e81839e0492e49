#!/usr/bin/env python3
"""Issue 11 experiment: static token vectors distilled from all-MiniLM-L6-v2 (model2vec-style),
mean-pooled into statement vectors, written as a cache the patched engine reads.

Each WordPiece token is run through the model alone ([CLS] token [SEP]) and its output
vectors are mean-pooled; the table is optionally reduced by PCA to DIMS dimensions and
weighted by log(1 + token id) (model2vec's Zipf weighting; BERT's ids roughly follow
frequency). A statement's vector is the sum of its tokens' rows ([UNK] left out). Only the
tokens found in the cache's texts are distilled (a shipped table would hold all 30,522; the
suite needs about 4,000, which takes 3 minutes in numpy).

    python3 distil_static.py MODEL_DIR CACHE.json OUT.json [--dims N] [--zipf] [--input-layer]

CACHE.json is the sentence cache made by embed_statements.py (only its texts are read).
--input-layer takes the model's input word embeddings instead of distilled outputs.
"""
import argparse
import json
import os

import numpy as np
from safetensors.numpy import load_file

from embed_statements import MiniLM, erf, layer_norm

CLS, SEP, UNK = 101, 102, 100


def forward_batch(model, ids):
    """Mean-pooled output vectors of a batch of equal-length sequences `ids` (B, n)."""
    w = model.w
    b, n = ids.shape
    h = (w["embeddings.word_embeddings.weight"][ids]
         + w["embeddings.position_embeddings.weight"][:n]
         + w["embeddings.token_type_embeddings.weight"][0])
    h = layer_norm(h, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    heads, d = 12, 32
    for i in range(6):
        p = f"encoder.layer.{i}."
        lin = lambda x, name: x @ w[p + name + ".weight"] + w[p + name + ".bias"]
        split = lambda x: x.reshape(b, n, heads, d).transpose(0, 2, 1, 3)
        q, k, v = (split(lin(h, "attention.self." + m)) for m in ("query", "key", "value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d)
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        ctx = (a @ v).transpose(0, 2, 1, 3).reshape(b, n, heads * d)
        h = layer_norm(lin(ctx, "attention.output.dense") + h,
                       w[p + "attention.output.LayerNorm.weight"],
                       w[p + "attention.output.LayerNorm.bias"])
        inter = lin(h, "intermediate.dense")
        inter = 0.5 * inter * (1.0 + erf(inter / np.sqrt(2.0)))
        h = layer_norm(lin(inter, "output.dense") + h,
                       w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
    return h.mean(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir")
    ap.add_argument("cache")
    ap.add_argument("out")
    ap.add_argument("--dims", type=int, default=0, help="PCA dimensions (0: keep 384)")
    ap.add_argument("--zipf", action="store_true")
    ap.add_argument("--input-layer", action="store_true")
    args = ap.parse_args()
    model = MiniLM(args.model_dir)
    model.tok.no_truncation()
    texts = list(json.load(open(args.cache)))
    tokens = {t: [i for i in model.tok.encode(t, add_special_tokens=False).ids if i != UNK]
              for t in texts}
    ids = np.array(sorted({i for v in tokens.values() for i in v}))
    if args.input_layer:
        table = load_file(os.path.join(args.model_dir, "model.safetensors"))[
            "embeddings.word_embeddings.weight"][ids]
    else:
        table = np.concatenate([
            forward_batch(model, np.stack([np.full_like(b, CLS), b, np.full_like(b, SEP)], 1))
            for b in np.array_split(ids, max(1, len(ids) // 256))])
    if args.dims:
        centred = table - table.mean(0)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
        table = centred @ vt[:args.dims].T
    if args.zipf:
        table = table * np.log1p(ids)[:, None]
    row = {int(i): k for k, i in enumerate(ids)}
    out = {t: [round(float(x), 5) for x in
               (table[[row[i] for i in v]].sum(0) if v else np.zeros(table.shape[1]))]
           for t, v in tokens.items()}
    json.dump(out, open(args.out, "w"))


if __name__ == "__main__":
    main()
