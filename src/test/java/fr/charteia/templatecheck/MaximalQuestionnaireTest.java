package fr.charteia.templatecheck;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.model.DocumentLanguage;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MaximalQuestionnaireTest {

    private static Toolkit toolkit;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.builder().threads(1).build();
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @Test
    void everyGeneratedQuestionnaireIsValidInEveryLanguage() {
        for (DocumentLanguage language : DocumentLanguage.values()) {
            for (Map.Entry<String, byte[]> input : TemplateCheck.generated(language).entrySet()) {
                CheckedQuestionnaire checked = check(input.getKey(), input.getValue());

                assertThat(checked.report().findings()).as(language + " " + input.getKey())
                        .noneMatch(Finding::isError);
                assertThat(checked.questionnaire()).as(language + " " + input.getKey()).isPresent();
                assertThat(checked.questionnaire().get().locale()).isEqualTo(language);
            }
        }
    }

    @Test
    void theMaximalQuestionnaireUsesEveryValueOfEveryEnumOfTheFormat() {
        Set<Enum<?>> used = new HashSet<>();
        Set<Class<?>> enums = new HashSet<>();
        for (DocumentLanguage language : DocumentLanguage.values()) {
            Questionnaire maximal = check("maximal", MaximalQuestionnaire.maximal(language)).questionnaire().orElseThrow();
            collect(maximal, used);
        }
        enumTypes(Questionnaire.class, enums, new HashSet<>());

        Map<String, Set<String>> missing = new TreeMap<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                if (!used.contains(constant)) {
                    missing.computeIfAbsent(type.getSimpleName(), k -> new java.util.TreeSet<>()).add(constant.toString());
                }
            }
        }
        // the enums the walk reaches, so that the assertion above cannot pass by finding none
        assertThat(enums).extracting(Class::getSimpleName).contains("RoleKind", "ToolKind", "Hosting", "ToolAccount",
                "DpiaStatus", "DataKind", "DataSubject", "UseKind", "TrainsOnInputs", "DocumentLanguage");
        assertThat(missing).isEmpty();
    }

    private static CheckedQuestionnaire check(String name, byte[] yaml) {
        return toolkit.validate(new QuestionnaireSource(name + ".yaml", yaml, Optional.empty()), Locale.FRENCH);
    }

    /** Every enum value in the record tree of {@code value}. */
    private static void collect(Object value, Set<Enum<?>> used) {
        if (value == null) {
            return;
        }
        if (value instanceof Enum<?> constant) {
            used.add(constant);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> collect(inner, used));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, used));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), used);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Every enum type the questionnaire's records declare, found through their components' generic types. */
    private static void enumTypes(Type type, Set<Class<?>> enums, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                enumTypes(argument, enums, seen);
            }
        } else if (type instanceof Class<?> raw && raw.isEnum()) {
            enums.add(raw);
        } else if (type instanceof Class<?> raw && raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                enumTypes(component.getGenericType(), enums, seen);
            }
        }
    }

}
