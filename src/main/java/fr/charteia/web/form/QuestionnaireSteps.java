package fr.charteia.web.form;

import fr.charteia.model.Coded;
import fr.charteia.model.DataKind;
import fr.charteia.model.DataSubject;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.Hosting;
import fr.charteia.model.RoleKind;
import fr.charteia.model.ToolAccount;
import fr.charteia.model.ToolKind;
import fr.charteia.model.UseKind;
import fr.charteia.web.form.Field.Choice;
import fr.charteia.web.form.Field.Group;
import fr.charteia.web.form.Field.Lines;
import fr.charteia.web.form.Field.Reference;
import fr.charteia.web.form.Field.References;
import fr.charteia.web.form.Field.Rows;
import fr.charteia.web.form.Field.Target;
import fr.charteia.web.form.Field.Text;
import fr.charteia.web.form.Field.TextKind;
import fr.charteia.web.form.Field.YesNo;
import java.util.List;
import java.util.Optional;

/** The nine steps that edit the questionnaire, in the order of the format; the review is the tenth. */
public final class QuestionnaireSteps {

    public static final int COUNT = 10;
    public static final int REVIEW = 10;

    private static final List<Step> STEPS = List.of(
            new Step(1, List.of(new Choice("locale", List.of("fr", "en")), new Group("organisation", List.of(
                    text("name"),
                    new Group("director", person()),
                    new Group("contacts.dpo", contact()),
                    new Group("contacts.security_officer", contact()),
                    new Group("contacts.ai_referent", contact()))))),
            new Step(2, List.of(
                    new Group("service", List.of(text("name"), text("unit"), new Group("manager", person()))),
                    new Group("document", List.of(
                            text("reference"), text("version"),
                            new Text("effective_date", TextKind.DATE), new Text("review_date", TextKind.DATE),
                            new Group("written_by", person()), new Group("reviewed_by", person()),
                            new Group("approved_by", person()),
                            new Lines("distribution"), text("parent_reference"))),
                    new Rows("history", List.of(text("version"), new Text("date", TextKind.DATE), text("author"),
                            new Text("changes", TextKind.AREA)), List.of(), Optional.empty()))),
            new Step(3, List.of(new Rows("roles", List.of(
                    text("label"), text("short_label"), choice("kind", RoleKind.class), id()),
                    List.of("short_label", "label"), Optional.of(Target.ROLES)))),
            new Step(4, List.of(new Rows("tools", List.of(
                    text("name"), text("short_name"), choice("kind", ToolKind.class), choice("hosting", Hosting.class),
                    new YesNo("contract", false), new YesNo("trains_on_inputs", true), choice("account", ToolAccount.class),
                    choice("dpia", DpiaStatus.class), new YesNo("record", false), new YesNo("patient_notice", false),
                    new YesNo("ce_marked", false), id()),
                    List.of("short_name", "name"), Optional.of(Target.TOOLS)))),
            new Step(5, List.of(new Rows("data", List.of(
                    text("label"), choice("kind", DataKind.class), choice("about", DataSubject.class),
                    new Text("examples", TextKind.AREA), id()),
                    List.of("label"), Optional.of(Target.DATA)))),
            new Step(6, List.of(new Rows("uses", List.of(
                    text("label"), choice("kind", UseKind.class), new Text("description", TextKind.AREA), id()),
                    List.of("label"), Optional.of(Target.USES)))),
            new Step(7, List.of(new Rows("authorised", List.of(
                    new Reference("use", Target.USES),
                    new References("roles", Target.ROLES), new References("tools", Target.TOOLS),
                    new References("data", Target.DATA),
                    new YesNo("human_validation", false), new Lines("conditions")),
                    List.of(), Optional.empty()))),
            new Step(8, List.of(new Rows("forbidden", List.of(
                    new Reference("use", Target.USES),
                    new References("roles", Target.ROLES), new References("tools", Target.TOOLS),
                    new References("data", Target.DATA),
                    new Text("reason", TextKind.AREA), new Text("statement", TextKind.AREA)),
                    List.of(), Optional.empty()))),
            new Step(9, List.of(
                    new Rows("situations", List.of(new Text("situation", TextKind.AREA), new Text("risk", TextKind.AREA),
                            new Text("reflex", TextKind.AREA)), List.of(), Optional.empty()),
                    new Lines("practices"),
                    new Group("incident", List.of(new Text("procedure", TextKind.AREA))),
                    new Text("traceability", TextKind.AREA),
                    new Rows("training", List.of(text("title"), text("audience"), text("date"),
                            new References("roles", Target.ROLES)), List.of(), Optional.empty()))));

    private QuestionnaireSteps() {
    }

    /** Step {@code number}, 1 to 9. */
    public static Optional<Step> step(int number) {
        return number >= 1 && number < REVIEW ? Optional.of(STEPS.get(number - 1)) : Optional.empty();
    }

    public static List<Step> all() {
        return STEPS;
    }

    private static Text text(String key) {
        return new Text(key, TextKind.LINE);
    }

    private static Text id() {
        return new Text("id", TextKind.ID);
    }

    private static Choice choice(String key, Class<? extends Enum<?>> type) {
        return new Choice(key, Coded.codesOf(type));
    }

    private static List<Field> person() {
        return List.of(text("name"), text("title"));
    }

    private static List<Field> contact() {
        return List.of(text("name"), new Text("email", TextKind.EMAIL), new Text("phone", TextKind.PHONE));
    }
}
