package fr.charteia.validation.rule;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import fr.charteia.load.FieldPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The place of a violation below the questionnaire, as record component names with list indexes:
 * {@code Where.at("authorised", 2).then("tools", 0)} is {@code authorised[2].tools[0]}.
 */
public record Where(List<Step> steps) {

    /** A component, and the index inside it when the component is a list. */
    public record Step(String property, Integer index) {
    }

    public Where {
        steps = List.copyOf(steps);
    }

    public static Where at(String property) {
        return new Where(List.of(new Step(property, null)));
    }

    public static Where at(String property, int index) {
        return new Where(List.of(new Step(property, index)));
    }

    public Where then(String property) {
        return append(new Step(property, null));
    }

    public Where then(String property, int index) {
        return append(new Step(property, index));
    }

    /** The place as the user reads it: {@code authorised[2].human_validation}. */
    public String path() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(out.length() > 0 ? "." : "").append(FieldPaths.yamlKey(step.property()));
            if (step.index() != null) {
                out.append('[').append(step.index()).append(']');
            }
        }
        return out.toString();
    }

    private Where append(Step step) {
        List<Step> longer = new ArrayList<>(steps);
        longer.add(step);
        return new Where(longer);
    }

    /**
     * Adds the nodes to a violation. Bean Validation puts a list index on the node that follows the
     * list, hence the index carried over to the next node, or to a final bean node.
     */
    void addTo(ConstraintViolationBuilder builder) {
        NodeBuilderDefinedContext defined = null;
        NodeBuilderCustomizableContext customizable = null;
        Integer pendingIndex = null;
        for (Step step : steps) {
            NodeBuilderCustomizableContext node = customizable != null ? customizable.addPropertyNode(step.property())
                    : defined != null ? defined.addPropertyNode(step.property()) : builder.addPropertyNode(step.property());
            if (pendingIndex != null) {
                defined = node.inIterable().atIndex(pendingIndex);
                customizable = null;
            } else {
                customizable = node;
                defined = null;
            }
            pendingIndex = step.index();
        }
        if (pendingIndex != null) {
            if (customizable != null) {
                customizable.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
            } else if (defined != null) {
                defined.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
            }
            return;
        }
        if (customizable != null) {
            customizable.addConstraintViolation();
        } else if (defined != null) {
            defined.addConstraintViolation();
        } else {
            builder.addConstraintViolation();
        }
    }
}
