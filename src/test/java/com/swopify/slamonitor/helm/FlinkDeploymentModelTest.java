package com.swopify.slamonitor.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.apache.flink.kubernetes.operator.api.FlinkDeployment;
import org.apache.flink.kubernetes.operator.api.spec.FlinkVersion;
import org.apache.flink.kubernetes.operator.api.spec.UpgradeMode;
import org.junit.jupiter.api.Test;

/**
 * The rendered FlinkDeployment read into the operator's own model (flink-kubernetes-operator-api),
 * refusing unknown fields: a misspelt or misplaced field in the chart fails here, not in the
 * cluster (where the API server would drop it silently or the operator reject the resource).
 */
class FlinkDeploymentModelTest {

  /**
   * Strict about every field. The operator's spec classes say @JsonIgnoreProperties(ignoreUnknown =
   * true) (so that an older operator tolerates newer fields); this introspector overrides that, so
   * FAIL_ON_UNKNOWN_PROPERTIES applies to them too. fabric8's classes (the pod template) keep
   * unknown fields in additionalProperties instead, which {@link #assertNoAdditionalProperties}
   * requires to be empty.
   *
   * <p>One allowance: the newest operator API on Maven Central (1.10.0) predates Flink 2, so its
   * FlinkVersion enum ends at v1_20; a v2_N version is read as null (and asserted separately)
   * rather than making the whole check impossible. Every other enum, such as upgradeMode, stays
   * strict.
   */
  static final ObjectMapper STRICT =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .annotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public JsonIgnoreProperties.Value findPropertyIgnoralByName(
                    MapperConfig<?> config, Annotated a) {
                  return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                }
              })
          .addHandler(
              new DeserializationProblemHandler() {
                @Override
                public Object handleWeirdStringValue(
                    DeserializationContext ctxt,
                    Class<?> targetType,
                    String value,
                    String failureMsg) {
                  if (targetType == FlinkVersion.class && value.matches("v2_[0-9]+")) {
                    return null;
                  }
                  return NOT_HANDLED;
                }
              })
          .build();

  @Test
  void defaultRenderingIsAValidFlinkDeployment() throws Exception {
    check(Chart.defaults().one("FlinkDeployment"), 2);
  }

  @Test
  void productionRenderingIsAValidFlinkDeployment() throws Exception {
    check(Chart.production().one("FlinkDeployment"), 6);
  }

  @Test
  void aMisspeltFieldIsCaught() {
    ObjectNode typo = Chart.defaults().one("FlinkDeployment").deepCopy();
    ObjectNode job = (ObjectNode) typo.path("spec").path("job");
    job.set("upgradMode", job.remove("upgradeMode"));
    assertThatThrownBy(() -> STRICT.treeToValue(typo, FlinkDeployment.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("upgradMode");
  }

  @Test
  void aMisspeltPodTemplateFieldIsCaught() throws Exception {
    ObjectNode typo = Chart.defaults().one("FlinkDeployment").deepCopy();
    ObjectNode main = (ObjectNode) typo.at("/spec/podTemplate/spec/containers/0");
    main.set("volumeMount", main.remove("volumeMounts"));
    FlinkDeployment read = STRICT.treeToValue(typo, FlinkDeployment.class);
    assertThatThrownBy(() -> assertNoAdditionalProperties(read, "FlinkDeployment"))
        .hasMessageContaining("volumeMount");
  }

  @Test
  void anUnknownUpgradeModeIsCaught() {
    ObjectNode bad = Chart.defaults().one("FlinkDeployment").deepCopy();
    ((ObjectNode) bad.path("spec").path("job")).put("upgradeMode", "savepoints");
    assertThatThrownBy(() -> STRICT.treeToValue(bad, FlinkDeployment.class))
        .hasMessageContaining("savepoints");
  }

  static void check(JsonNode rendered, int parallelism) throws Exception {
    assertThat(rendered.path("apiVersion").asText()).isEqualTo("flink.apache.org/v1beta1");
    assertThat(rendered.at("/spec/flinkVersion").asText()).isEqualTo("v2_2");

    FlinkDeployment deployment = STRICT.treeToValue(rendered, FlinkDeployment.class);
    assertNoAdditionalProperties(deployment, "FlinkDeployment");

    assertThat(deployment.getKind()).isEqualTo("FlinkDeployment");
    var spec = deployment.getSpec();
    assertThat(spec.getJob().getJarURI())
        .isEqualTo("local:///opt/flink/usrlib/helpdesk-sla-monitor-job.jar");
    assertThat(spec.getJob().getEntryClass())
        .isEqualTo("com.swopify.slamonitor.job.ClusterEntryPoint");
    assertThat(spec.getJob().getUpgradeMode()).isEqualTo(UpgradeMode.SAVEPOINT);
    assertThat(spec.getJob().getParallelism()).isEqualTo(parallelism);
    assertThat(spec.getJobManager().getResource().getMemory()).isNotBlank();
    assertThat(spec.getTaskManager().getResource().getCpu()).isPositive();
    assertThat(spec.getFlinkConfiguration())
        .containsEntry("high-availability.type", "kubernetes")
        .containsEntry("pipeline.generic-types", "false");
    // The pod template is fabric8's PodTemplateSpec: its fields are checked as strictly.
    assertThat(spec.getPodTemplate().getSpec().getContainers().get(0).getName())
        .isEqualTo("flink-main-container");
    assertThat(spec.getPodTemplate().getSpec().getSecurityContext().getRunAsUser())
        .isEqualTo(9999L);

    // What was read, written back, is what was rendered: no field was dropped on the way in.
    JsonNode roundTrip = STRICT.valueToTree(deployment);
    ObjectNode expected = rendered.deepCopy();
    ((ObjectNode) expected.path("spec")).remove("flinkVersion");
    ((ObjectNode) roundTrip.path("spec")).remove("flinkVersion");
    assertThat(normalized(roundTrip).path("spec")).isEqualTo(normalized(expected).path("spec"));
  }

  /** Fails on any fabric8 object below {@code model} that kept fields it does not know. */
  static void assertNoAdditionalProperties(Object model, String path) throws Exception {
    if (model == null
        || model instanceof String
        || model instanceof Number
        || model instanceof Boolean
        || model instanceof Enum<?>) {
      return;
    }
    if (model instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        assertNoAdditionalProperties(item, path + "[" + i++ + "]");
      }
      return;
    }
    if (model instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        assertNoAdditionalProperties(e.getValue(), path + "." + e.getKey());
      }
      return;
    }
    String pkg = model.getClass().getPackageName();
    if (!pkg.startsWith("io.fabric8") && !pkg.startsWith("org.apache.flink.kubernetes")) {
      return;
    }
    for (Method getter : model.getClass().getMethods()) {
      if (getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || getter.getDeclaringClass() == Object.class
          || Modifier.isStatic(getter.getModifiers())) {
        continue;
      }
      Object value = getter.invoke(model);
      if (getter.getName().equals("getAdditionalProperties") && value instanceof Map<?, ?> extra) {
        assertThat(extra.keySet()).as("unknown fields at %s", path).isEmpty();
      } else {
        assertNoAdditionalProperties(value, path + "." + getter.getName().substring(3));
      }
    }
  }

  /** Nulls and empty objects left out, numbers compared by value (1 and 1.0 are the same cpu). */
  private static JsonNode normalized(JsonNode node) {
    if (node.isNumber()) {
      return Chart.JSON.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
    }
    return withoutNulls(node);
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      node.fields()
          .forEachRemaining(
              e -> {
                JsonNode v = e.getValue();
                boolean empty = v.isNull() || (v.isContainerNode() && v.isEmpty());
                if (!empty) {
                  copy.set(e.getKey(), normalized(v));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      var copy = Chart.JSON.createArrayNode();
      node.forEach(n -> copy.add(normalized(n)));
      return copy;
    }
    return node;
  }
}
