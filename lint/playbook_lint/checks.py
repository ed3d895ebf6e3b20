"""The checks behind each rule: observability signals, vague verbs, intensifiers,
technology names and pronouns. Pure functions over (text, start, end)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- observability -------------------------------------------------------------------

_OBS_PLAIN = re.compile(
    r"(?:\b(?:dashboards?|alerts?|alerting|alarms?|slos?|slis?|error[ -]budgets?|"
    r"observability|telemetry|instrument(?:ed|ation|ing)|tracing|traces|trace[ -]ids?|"
    r"opentelemetry|prometheus|grafana|datadog|new relic|honeycomb|sentry|cloudwatch|splunk|"
    r"kibana|jaeger|zipkin|pagerduty|opsgenie|evidently|whylabs|arize|stackdriver|"
    r"on[- ]?call|pager|canary|canaries|canaried|a/b(?:[ -]tests?|[ -]testing|[ -]experiments?)?|"
    r"ab[- ]tests?|split[- ]tests?|readouts?|holdout groups?|holdback|health[ -]checks?|"
    r"golden signals|synthetic (?:probes?|monitoring|checks?)|logs|logging|"
    r"(?:weekly|daily|monthly|nightly|evaluation|performance|quality|monitoring|cost|incident)"
    r" reports?|"
    r"(?:online|controlled|randomi[sz]ed|live|production) experiments?|"
    r"experiment (?:readouts?|results?|showed|dashboards?|platform)|"
    r"shadow (?:traffic|mode|deploy(?:ment|ed)?|launch|scoring|runs?|evaluation|tests?|"
    r"testing|comparison|model)|"
    r"in shadow|population stability index|psi|kl divergence|"
    r"drift (?:detection|detector|monitor\w*|alerts?|checks?|dashboards?|metrics?|reports?|"
    r"scores?|jobs?)|"
    r"(?:training[- /]serving|train[- /]serve|online[- /]offline|serving|feature) skew|"
    r"skew (?:checks?|monitor\w*|detection|alerts?|metrics?)|"
    r"(?:audit|request|access|prediction|error|application|server|structured|"
    r"debug|inference|decision|incident|model|change) logs?|"
    r"audited (?:weekly|monthly|daily|nightly|quarterly|every|each|on|against)|"
    r"(?:reviewed|checked|sampled|inspected|spot-checked) (?:weekly|daily|monthly|nightly|"
    r"hourly|quarterly|every|each)|"
    r"(?:weekly|monthly|daily|nightly|quarterly) audits?|"
    r"read (?:it |them |that |the results |results )?out|switchback|geo[- ]holdout|"
    r"log (?:lines?|entr(?:y|ies)|search|pipeline|aggregation|analysis|files?|streams?|"
    r"events?|based|queries)|"
    r"logged (?:every|each|all|the|its|our|per[- ]|predictions?|requests?|scores?|inputs?|"
    r"outputs?|features?|"
    r"events?|latenc|errors?|responses?|metrics?|them|it|"
    r"(?:model|raw|user|search|api) (?:predictions?|inputs?|outputs?|scores?|requests?|"
    r"queries|responses?|decisions?))|"
    r"pag(?:ed|es|ing) (?:the|me|us|someone|whoever|on[- ]?call)|"
    r"alerted (?:on|when|if|us when|me when))\b)"
)
_METRIC_WORD = re.compile(r"(?:\bmetrics?\b(?![ -](?:learning|tons?|system|space)\b))")
_MONITOR = re.compile(r"(?:\bmonitor(?:s|ed|ing)?\b)")
_MONITOR_FALSE = re.compile(
    r"(?:[ \t]+(?:the |our |my |his |her |their |a |an |all |new |)"
    r"(?:interns?|team|teams|students?|staff|employees?|contractors?|juniors?|hires?|candidates?|"
    r"people|progress|projects?|deadlines?|timelines?|schedules?|budgets?|children|kids|news|"
    r"competitors?|engineers?|members?|situation|class|meetings?|deliverables?|vendors?|"
    r"workload)\b)"
)
_OBSERVE_VERB = re.compile(r"(?:\b(?:track|watch|measur|monitor|audit)(?:s|ed|ing|e|es)?\b)")
_METRIC_NOUN = re.compile(
    r"(?:[ \t]+(?:[\w/.-]{1,30}[ \t]+){0,3}?(?:latency|latencies|p\d{2}|errors?|error rate|"
    r"throughput|qps|"
    r"accuracy|precision|recall|auc|ctr|click-through|drift|skew|metrics?|cost|costs|spend|"
    r"utili[sz]ation|conversion|uptime|availability|freshness|lag|calibration|loss|hit rate|"
    r"response times?|timeouts?|5xx|crash(?:es| rate)?|retention|revenue|f1|ndcg|mrr|"
    r"false positives?|false negatives?|queue depth|memory|gpu|cpu|traffic|tail|slo|sla|"
    r"kpis?)\b)"
)
_MEASURED_HOW = re.compile(
    r"(?:[ \t]+(?:it |this |that |them |the (?:gain|win|change|impact|lift|effect) )?"
    r"(?:by|with|via|using|through|against|in production|on production|over|on|weekly|daily|"
    r"nightly|monthly|hourly|continuously|every)\b)"
)


# Logs as a source of training data ("labels come from the impression logs") say nothing
# about watching a running system.
_DATA_LOGS = re.compile(
    r"(?:\b(?:impression|click|clickstream|interaction|session|behaviou?ral|historical|raw|"
    r"search|query|chat|event|usage|browsing|purchase|transaction)[ -]$)"
)


# Words that are observability on their own: a set lookup decides most answers.
_OBS_WORDS = _words(
    "dashboard dashboards alert alerts alerting alarm alarms slo slos sli slis observability "
    "telemetry instrumented instrumentation tracing traces opentelemetry prometheus grafana "
    "datadog honeycomb sentry cloudwatch splunk kibana jaeger zipkin pagerduty opsgenie "
    "evidently whylabs arize stackdriver pager canary canaries canaried readout readouts "
    "holdback oncall"
)
_LOWER_WORD = re.compile(r"[a-z]+")


def has_observability(text: str, start: int, end: int) -> bool:
    """True when text[start:end] says how an outcome was known or watched."""
    low = text[start:end].lower()
    if not _OBS_WORDS.isdisjoint(_LOWER_WORD.findall(low)):
        return True
    if _METRIC_WORD.search(low):
        return True
    for match in _OBS_PLAIN.finditer(low):
        if match.group(0) in ("logs", "logging") and _DATA_LOGS.search(
            low, max(0, match.start() - 20), match.start()
        ):
            continue
        return True
    for match in _MONITOR.finditer(low):
        if not _MONITOR_FALSE.match(low, match.end()):
            return True
    for match in _OBSERVE_VERB.finditer(low):
        if _METRIC_NOUN.match(low, match.end()):
            return True
        if match.group(0).startswith("measur") and _MEASURED_HOW.match(low, match.end()):
            return True
    return False


# --- vague verbs ---------------------------------------------------------------------

VAGUE = re.compile(
    r"(?i:\b(?:(?:was|were|am|been|being|got)[ \t]+)?responsible[ \t]+for\b|"
    r"\b(?:was|were|am|been|being|got)[ \t]+involved[ \t]+(?:in|with)\b|"
    r"\bworked[ \t]+on\b|\bparticipated[ \t]+in\b|\bassist(?:ed|ing)?[ \t]+(?:with|in|on)\b|"
    r"\bhelp(?:ed|ing)\b(?:[ \t]+(?:with|to|on|out)\b)?)"
)
_HELP_SUBJECT = re.compile(
    r"(?:^|[.!?:;]|\n|\b(?:I|we|We|and|also|And|Also|who|then|Then|actively|personally|"
    r"mostly|mainly|primarily))[ \t*_+\-\u2022]*$"
)
_INVOLVED_START = re.compile(r"(?i:(?:^|\n)[ \t]*(?:[-*+][ \t]+)?involved[ \t]+in\b)")


def _lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without its (?i: ...) wrapper, for lowercased text."""
    source = pattern.pattern
    assert source.startswith("(?i:") and source.endswith(")")
    return re.compile("(?:" + source[4:])


_VAGUE_LOWER = _lowercase_twin(VAGUE)
# Cheap substring tests that every match contains: the full patterns run only after them.
_VAGUE_HINT = re.compile("help|worked|responsible|involved|participat|assist")
_INTENSIFIER_HINT = re.compile(
    "significant|greatly|drastic|dramatic|vastly|hugely|massive|tremendous|substantial|"
    "considerabl|immensely|a lot|much |far |way |great deal"
)
_INVOLVED_LOWER = _lowercase_twin(_INVOLVED_START)


def _lower_spans(
    pattern: re.Pattern[str],
    lowered: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    hint: re.Pattern[str] | None = None,
) -> Iterator[tuple[int, int]]:
    """Spans of a case-insensitive pattern, found with its lowercase twin when lowering
    keeps every offset (it does for all but a few non-ASCII letters)."""
    low = text[start:end].lower()
    if hint is not None and not hint.search(low):
        return
    if len(low) == end - start:
        for match in lowered.finditer(low):
            yield match.start() + start, match.end() + start
    else:
        for match in pattern.finditer(text, start, end):
            yield match.span()


def vague_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    for hit_start, hit_end in _lower_spans(VAGUE, _VAGUE_LOWER, text, start, end, _VAGUE_HINT):
        if text[hit_start : hit_start + 4].lower() == "help" and hit_start > start:
            before = text[max(start, hit_start - 30) : hit_start]
            if not _HELP_SUBJECT.search(before):
                continue
        hits.append((hit_start, hit_end))
    if hits or "nvolved" in text[start:end]:
        hits.extend(_lower_spans(_INVOLVED_START, _INVOLVED_LOWER, text, start, end))
    return hits


# --- unquantified claims -------------------------------------------------------------

INTENSIFIER = re.compile(
    r"(?i:\b(?:significantly|greatly|drastically|dramatically|vastly|hugely|massively|"
    r"tremendously|substantially|considerably|immensely|a lot|"
    r"(?:much|far|way)[ \t]+(?:faster|better|cheaper|quicker|slower|lower|higher|more|less|fewer|"
    r"smaller|larger|bigger|easier|simpler|safer|stronger|improved|reduced)|"
    r"a great deal)\b)"
)
_INTENSIFIER_LOWER = _lowercase_twin(INTENSIFIER)
_STAT_SIG = re.compile(r"(?i:statistical(?:ly)?[ \t]+$)")
_SENTENCE_END = re.compile(r"[.!?](?=[\s)\"'*]|$)|\n[ \t]*\n|\n[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]")


class Sentences:
    """Sentence boundaries of text[start:end], found once, looked up by position."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        marks = [match.span() for match in _SENTENCE_END.finditer(text, start, end)]
        self._starts = [mark_start for mark_start, _ in marks]
        self._ends = [mark_end for _, mark_end in marks]

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding pos."""
        index = bisect.bisect_right(self._ends, pos)
        left = self._ends[index - 1] if index else self.start
        following = bisect.bisect_right(self._starts, pos)
        right = self._starts[following] if following < len(self._starts) else self.end
        return left, max(right, pos)


def intensifiers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from playbook_lint.metrics import has_outcome

    hits: list[tuple[int, int]] = []
    # The verdict per sentence is cached: a thousand intensifiers in one sentence cost
    # one look for a number, not a thousand.
    verdicts: dict[tuple[int, int], bool] = {}
    sentences: Sentences | None = None
    for hit_start, hit_end in _lower_spans(
        INTENSIFIER, _INTENSIFIER_LOWER, text, start, end, _INTENSIFIER_HINT
    ):
        if _STAT_SIG.search(text, max(start, hit_start - 20), hit_start):
            continue
        if sentences is None:
            sentences = Sentences(text, start, end)
        bounds = sentences.around(hit_start)
        if bounds not in verdicts:
            verdicts[bounds] = has_outcome(text, *bounds)
        if not verdicts[bounds]:
            hits.append((hit_start, hit_end))
    return hits


# --- technologies --------------------------------------------------------------------

_TECH_CANONICAL = (
    "PyTorch TensorFlow TensorRT Keras JAX scikit-learn sklearn XGBoost LightGBM CatBoost "
    "LangChain LlamaIndex vLLM Triton ONNX MLflow Kubeflow SageMaker Airflow Dagster Prefect "
    "Spark PySpark Flink Kafka Beam Hadoop Hive Presto Trino Snowflake BigQuery Redshift "
    "Databricks dbt Feast Tecton Redis PostgreSQL Postgres MySQL MongoDB Cassandra DynamoDB "
    "Elasticsearch OpenSearch Pinecone Weaviate Milvus FAISS Faiss Qdrant pgvector Chroma "
    "Kubernetes K8s k8s Docker Helm Terraform Istio Envoy gRPC GraphQL FastAPI Flask Django "
    "Ray Dask Pandas pandas NumPy numpy Polars AWS GCP Azure S3 EC2 Lambda Python Java Scala "
    "Rust C++ TypeScript JavaScript React Node.js Prometheus Grafana Datadog OpenTelemetry "
    "BERT GPT-4 GPT-4o GPT-3.5 Llama LoRA QLoRA RAG CUDA Celery RabbitMQ Kinesis Jenkins "
    "ArgoCD Argo Transformers DeepSpeed Megatron Horovod NVIDIA Spanner Bigtable Vertex "
    "Looker Tableau Superset Streamlit Gradio Ollama OpenAI Anthropic Bedrock Cohere "
    "HuggingFace Claude Weaviate Lucene Solr Memcached Nginx Kotlin Swift Golang Hudi Iceberg "
    "Delta Parquet Avro Protobuf Thrift Zookeeper Consul Vault ClickHouse Druid Pinot DuckDB "
    "ARIMA SARIMA Prophet LSTM GRU CNN RNN Optuna Hyperopt W&B wandb RoBERTa DistilBERT T5 "
    "CLIP ResNet YOLO GPT Mistral Gemini Word2Vec fastText spaCy NLTK OpenCV Seldon BentoML "
    "KServe TorchServe DVC Jupyter Slurm Flyte Metaflow Pachyderm Elastic Logstash Fluentd "
    "Vespa Annoy ScaNN HNSW Lucene Whisper Stable Diffusion LightFM Surprise Mahout"
)
_TECH = {name: name for name in _TECH_CANONICAL.split()}
_TECH.update({name.lower(): name for name in _TECH_CANONICAL.split() if len(name) > 3})
for _ambiguous in (
    "spark",
    "beam",
    "ray",
    "delta",
    "vault",
    "lambda",
    "flask",
    "chroma",
    "argo",
    "react",
    "swift",
    "rust",
    "java",
    "hive",
    "triton",
    "feast",
    "druid",
    "vertex",
    "looker",
    "consul",
    "presto",
    "celery",
    "pinot",
    "transformers",
    "iceberg",
    "bedrock",
):
    _TECH.pop(_ambiguous, None)
_TECH_PAIRS = {
    "hugging face": "Hugging Face",
    "github actions": "GitHub Actions",
    "tensorflow serving": "TensorFlow Serving",
    "vertex ai": "Vertex AI",
    "pub/sub": "Pub/Sub",
    "cloud run": "Cloud Run",
    "azure ml": "Azure ML",
}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[./-][A-Za-z0-9+#]+)*")


def technology_count(text: str, start: int, end: int) -> int:
    """How many distinct technologies text[start:end] names (a fast upper bound)."""
    get = _TECH.get
    names = {get(word) for word in _TOKEN.findall(text, start, end)}
    names.discard(None)
    low = text[start:end].lower()
    return len(names) + sum(1 for pair in _TECH_PAIRS if pair in low)


def technologies(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Distinct technology names in order of first mention: (name, start, end)."""
    seen: dict[str, tuple[int, int]] = {}
    previous: re.Match[str] | None = None
    for match in _TOKEN.finditer(text, start, end):
        word = match.group(0)
        name = _TECH.get(word) or _TECH.get(word.rstrip(".")) if word[0].isalpha() else None
        if previous is not None and name is None:
            pair = f"{previous.group(0)} {word}".lower()
            if pair in _TECH_PAIRS:
                name = _TECH_PAIRS[pair]
        if name is not None and name not in seen:
            seen[name] = match.span()
        previous = match
    return [(name, s, e) for name, (s, e) in seen.items()]


# --- ownership -----------------------------------------------------------------------

_WE = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Ww]e're|[Ww]e've|[Ww]e'd)\b")
_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|[Mm]y|[Mm]yself|[Mm]ine)\b")


def pronouns(text: str, start: int, end: int) -> tuple[int, int]:
    """(number of we/us/our, number of I/me/my) in text[start:end]."""
    we = sum(1 for _ in _WE.finditer(text, start, end))
    i = sum(1 for _ in _I.finditer(text, start, end))
    return we, i
