package fr.charteia.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.charteia.model.DocumentControl;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The format's own reading of dates and yes/no answers, stricter than Jackson's: Jackson reads
 * {@code 20270201} as a count of days (year 57467), {@code -2027-02-01} as a year before Christ,
 * {@code contract: 2} as true and {@code "false"} as false. Here a date is AAAA-MM-JJ within
 * {@link DocumentControl#EARLIEST_DATE} and {@link DocumentControl#LATEST_DATE}, and a yes/no answer
 * is true or false; anything else goes to the problem handler, which reports it where it is written.
 */
final class FormatScalars {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FormatScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("charte-ia scalars");
        module.addDeserializer(LocalDate.class, new DateDeserializer());
        module.addDeserializer(Boolean.class, new YesNoDeserializer(Boolean.class, null));
        module.addDeserializer(boolean.class, new YesNoDeserializer(boolean.class, Boolean.FALSE));
        return module;
    }

    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    return null; // an empty date is a missing one, reported as such
                }
                if (ISO_DATE.matcher(text).matches()) {
                    try {
                        LocalDate date = LocalDate.parse(text);
                        if (DocumentControl.acceptsDate(date)) {
                            return date;
                        }
                    } catch (DateTimeException e) {
                        // a day that does not exist: reported below with the text as written
                    }
                }
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date of the format");
            }
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return (LocalDate) ctxt.handleWeirdNumberValue(LocalDate.class, p.getNumberValue(), "a number, not a date");
            }
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
    }

    private static final class YesNoDeserializer extends StdScalarDeserializer<Boolean> {

        private final Boolean missing;

        YesNoDeserializer(Class<?> type, Boolean missing) {
            super(type);
            this.missing = missing;
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.isBlank()) {
                    return missing;
                }
                return (Boolean) ctxt.handleWeirdStringValue(handledType(), text, "not true or false");
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return (Boolean) ctxt.handleWeirdNumberValue(handledType(), p.getNumberValue(), "a number, not true or false");
            }
            return (Boolean) ctxt.handleUnexpectedToken(handledType(), p);
        }

        @Override
        public Boolean getNullValue(DeserializationContext ctxt) {
            return missing;
        }
    }
}
