"""The spaCy training config of the attribution model.

The base model's tok2vec, tagger and parser are sourced and frozen: the
attribution ``ner`` has its own small CNN tok2vec over word shape, affixes, the
tag and the dependency label of each token, so the spans it learns can follow the
parse (content clauses) without changing the base model.
"""

from __future__ import annotations

from thinc.api import Config

from whosays.nlp import DEFAULT_MODEL
from whosays.train.reader import READER_NAME
from whosays.train.sentences import JOIN_COMPONENT

__all__ = ["COMPONENT", "training_config"]

COMPONENT = "attribution_ner"

_TEMPLATE = """
[paths]
train = null
dev = null
base = null

[system]
seed = 0
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["tok2vec","tagger","parser","join_sentences","attribution_ner"]
batch_size = 16
tokenizer = {"@tokenizers":"spacy.Tokenizer.v1"}

[components]

[components.tok2vec]
source = ${paths.base}

[components.tagger]
source = ${paths.base}

[components.parser]
source = ${paths.base}

[components.join_sentences]
factory = "{join}"

[components.attribution_ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {"@scorers":"spacy.ner_scorer.v1"}
update_with_oracle_cut_size = 100

[components.attribution_ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.attribution_ner.model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[components.attribution_ner.model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 96
attrs = ["NORM","PREFIX","SUFFIX","SHAPE","TAG","DEP"]
rows = [5000,1000,2500,1000,200,200]
include_static_vectors = false

[components.attribution_ner.model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.train]
@readers = "{reader}"
path = ${paths.train}
shuffle = true

[corpora.dev]
@readers = "{reader}"
path = ${paths.dev}
shuffle = false

[training]
seed = ${system.seed}
gpu_allocator = ${system.gpu_allocator}
dropout = 0.1
accumulate_gradient = 1
patience = 1600
max_epochs = 0
max_steps = 2000
eval_frequency = 200
frozen_components = ["tok2vec","tagger","parser"]
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 300
stop = 2000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null
tag_acc = null
pos_acc = null
dep_uas = null
dep_las = null
dep_las_per_type = null
sents_p = null
sents_r = null
sents_f = null

[pretraining]

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def training_config(base_model: str = DEFAULT_MODEL) -> Config:
    """The training config; ``paths.train``/``paths.dev`` are filled by the caller."""
    config = Config().from_str(
        _TEMPLATE.replace("{reader}", READER_NAME).replace("{join}", JOIN_COMPONENT),
        interpolate=False,
    )
    config["paths"]["base"] = base_model
    return config
