package fr.charteia.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.model.Questionnaire;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The keys the paths name are the keys the loader binds, and paths are built as users read them. */
class FieldPathsTest {

    /** Configured as the loader's mappers name their properties. */
    private static final ObjectMapper LOADER_NAMING = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    @Test
    void everyRecordComponentOfTheModelHasTheKeyTheLoaderBinds() {
        Map<String, String> bound = new TreeMap<>();
        Map<String, String> named = new TreeMap<>();
        for (Class<?> record : recordsOfTheModel()) {
            Map<String, String> keys = new LinkedHashMap<>();
            for (BeanPropertyDefinition property : LOADER_NAMING.getDeserializationConfig()
                    .introspect(LOADER_NAMING.constructType(record)).findProperties()) {
                keys.put(property.getInternalName(), property.getName());
            }
            for (RecordComponent component : record.getRecordComponents()) {
                String where = record.getSimpleName() + "." + component.getName();
                bound.put(where, keys.get(component.getName()));
                named.put(where, FieldPaths.yamlKey(component.getName()));
            }
        }
        assertThat(named).hasSizeGreaterThan(80).containsEntry("Tool.trainsOnInputs", "trains_on_inputs");
        assertThat(named).isEqualTo(bound);
    }

    @Test
    void keysFollowJacksonsSnakeCaseAcronymsIncluded() {
        assertThat(FieldPaths.yamlKey("trainsOnInputs")).isEqualTo("trains_on_inputs");
        assertThat(FieldPaths.yamlKey("dpo")).isEqualTo("dpo");
        assertThat(FieldPaths.yamlKey("dpiaURL")).isEqualTo("dpia_url");
    }

    @Test
    void pathsReadAsInTheYaml() {
        assertThat(FieldPaths.element("authorised[2].tools", 0)).isEqualTo("authorised[2].tools[0]");
        assertThat(FieldPaths.parent("authorised[2].tools[0]")).isEqualTo("authorised[2].tools");
        assertThat(FieldPaths.parent("authorised[2]")).isEqualTo("authorised");
        assertThat(FieldPaths.parent("tools")).isEmpty();
    }

    /** Every record reachable from {@link Questionnaire} through components, lists and optionals. */
    private static Set<Class<?>> recordsOfTheModel() {
        Set<Class<?>> records = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>();
        pending.push(Questionnaire.class);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof Class<?> c && c.isRecord() && records.add(c)) {
                for (RecordComponent component : c.getRecordComponents()) {
                    pending.push(component.getGenericType());
                }
            }
        }
        return records;
    }
}
