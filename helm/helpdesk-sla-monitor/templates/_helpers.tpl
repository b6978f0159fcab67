{{/* Name of the chart. */}}
{{- define "sla.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Release-qualified name. It is also the FlinkDeployment's name, which Flink uses as its cluster id:
Flink derives service names from it and caps cluster ids at 45 characters.
*/}}
{{- define "sla.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 45 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 45 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 45 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "sla.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "sla.podLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/*
Labels of the pod template: none that names a version. The operator upgrades the job (savepoint,
stop, start) on any change of the FlinkDeployment's spec, so a label that moves with the chart's
version would redeploy the job on a chart bump that changes nothing else.
*/}}
{{- define "sla.podLabels" -}}
app.kubernetes.io/name: {{ include "sla.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/*
Labels Flink's native Kubernetes integration puts on the JobManager and TaskManager pods
(app = cluster id); selectors use them because they exist whatever pod template is used.
*/}}
{{- define "sla.podSelector" -}}
app: {{ include "sla.fullname" . }}
type: flink-native-kubernetes
{{- end -}}

{{/* Durable store of the job's state: checkpoints, savepoints and HA metadata under one root. */}}
{{- define "sla.checkpointsDir" -}}
{{- printf "%s/checkpoints" (trimSuffix "/" .Values.state.dir) -}}
{{- end -}}
{{- define "sla.savepointsDir" -}}
{{- printf "%s/savepoints" (trimSuffix "/" .Values.state.dir) -}}
{{- end -}}
{{- define "sla.haDir" -}}
{{- printf "%s/ha" (trimSuffix "/" .Values.state.dir) -}}
{{- end -}}

{{- define "sla.jobDir" -}}/opt/helpdesk-sla/job{{- end -}}
{{- define "sla.kafkaDir" -}}/opt/helpdesk-sla/kafka{{- end -}}

{{/*
The namespace of the KafkaTopics: the one Strimzi's Topic Operator watches, by default its Kafka
cluster's own. Unless set, it is read from a bootstrap address of Strimzi's bootstrap service
(<cluster>-kafka-bootstrap.<namespace>[.svc...]:<port>); failing that, the release's namespace.
*/}}
{{- define "sla.topicsNamespace" -}}
{{- $topics := .Values.kafka.strimziTopics -}}
{{- $first := first (splitList "," .Values.kafka.bootstrapServers) -}}
{{- $strimzi := regexFind "^[a-z0-9-]+-kafka-bootstrap\\.[a-z0-9-]+" $first -}}
{{- if $topics.namespace -}}
{{- $topics.namespace -}}
{{- else if $strimzi -}}
{{- index (splitList "." $strimzi) 1 -}}
{{- else -}}
{{- .Release.Namespace -}}
{{- end -}}
{{- end -}}
