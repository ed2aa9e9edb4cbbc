package fr.charteia.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.load.LoadFailure.Reason;
import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a questionnaire file strictly: UTF-8 only, bounded in size and depth, no YAML aliases, no
 * type construction from tags (Jackson binds to our records and nothing else). A file that cannot
 * be read at all raises {@link UnreadableQuestionnaireException}; keys and values of the wrong
 * shape are returned as {@link SchemaProblem}s beside whatever could be bound.
 */
public final class QuestionnaireLoader {

    /** Real questionnaires weigh a few kilobytes; anything near this limit is a mistake or an attack. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The format nests five levels deep; 32 leaves room for mistakes but not for stack attacks. */
    public static final int MAX_DEPTH = 32;

    private static final char BOM = '\uFEFF';

    private final StreamReadConstraints constraints;
    private ObjectMapper yamlMapper;
    private ObjectMapper jsonMapper;

    public QuestionnaireLoader() {
        this.constraints = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 1)
                .maxDocumentLength(MAX_BYTES)
                .maxStringLength(MAX_BYTES)
                .build();
    }

    /**
     * The mapper of one syntax, built on first use: building one costs a tenth of a second on a cold
     * start, and most runs read only YAML.
     */
    private synchronized ObjectMapper mapper(QuestionnaireFormat format) {
        if (format == QuestionnaireFormat.YAML) {
            if (yamlMapper == null) {
                LoaderOptions yamlOptions = new LoaderOptions();
                yamlOptions.setAllowDuplicateKeys(false);
                yamlOptions.setMaxAliasesForCollections(0);
                yamlOptions.setNestingDepthLimit(MAX_DEPTH + 1);
                yamlOptions.setCodePointLimit(MAX_BYTES);
                YAMLFactory yamlFactory = YAMLFactory.builder()
                        .loaderOptions(yamlOptions)
                        .streamReadConstraints(constraints)
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build();
                yamlMapper = configure(YAMLMapper.builder(yamlFactory).build());
            }
            return yamlMapper;
        }
        if (jsonMapper == null) {
            JsonFactory jsonFactory = JsonFactory.builder()
                    .streamReadConstraints(constraints)
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
            jsonMapper = configure(JsonMapper.builder(jsonFactory).build());
        }
        return jsonMapper;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                // registered last, so its dates and yes/no answers take precedence over Jackson's
                .registerModule(FormatScalars.module())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // A bare "-" in YAML is an empty scalar: bind it as a missing item, reported as such.
                .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    public LoadedQuestionnaire load(Path file) throws UnreadableQuestionnaireException {
        String name = file.toString();
        QuestionnaireFormat format = QuestionnaireFormat.ofFileName(file.getFileName() == null ? name
                : file.getFileName().toString()).orElseThrow(() -> failure(name, Reason.UNSUPPORTED_EXTENSION));
        Optional<PathTrouble> trouble = PathTrouble.of(file);
        if (trouble.isPresent()) {
            throw failure(name, switch (trouble.get()) {
                case MISSING -> Reason.NOT_FOUND;
                case LINK_LOOP -> Reason.LINK_LOOP;
                case NO_ACCESS -> Reason.NO_ACCESS;
                case UNREACHABLE -> Reason.UNREACHABLE;
            });
        }
        if (!Files.isRegularFile(file)) {
            throw failure(name, Reason.NOT_A_FILE);
        }
        return load(name, format, readBounded(name, file));
    }

    /**
     * Reads bytes already in memory under a file name (an upload, a folder walked by the caller): the
     * name's extension says YAML or JSON, as for a file on disk.
     */
    public LoadedQuestionnaire load(String name, byte[] bytes) throws UnreadableQuestionnaireException {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        QuestionnaireFormat format = QuestionnaireFormat.ofFileName(name.substring(slash + 1))
                .orElseThrow(() -> failure(name, Reason.UNSUPPORTED_EXTENSION));
        return load(name, format, bytes);
    }

    /** Reads bytes already in memory (tests, the web wizard); {@code name} is only used in messages. */
    public LoadedQuestionnaire load(String name, QuestionnaireFormat format, byte[] bytes)
            throws UnreadableQuestionnaireException {
        if (bytes.length > MAX_BYTES) {
            throw failure(name, Reason.TOO_LARGE, Optional.empty(), String.valueOf(bytes.length), String.valueOf(MAX_BYTES));
        }
        if (ForeignEncoding.isUtf16(bytes)) {
            throw failure(name, Reason.UTF16);
        }
        String text = decodeUtf8(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw failure(name, Reason.EMPTY);
        }
        ObjectMapper mapper = mapper(format);
        // the schema line says which records bind the file; a guess from the raw text picks the first
        // pass, and a survey that meets the other schema starts again with the other records
        QuestionnaireKind kind = QuestionnaireKind.of(bytes);
        Survey survey;
        try {
            survey = survey(name, format, mapper, text, kind);
        } catch (OtherKind e) {
            kind = e.kind;
            survey = survey(name, format, mapper, text, kind);
        }
        return bind(name, format, mapper, text, survey, bytes, kind);
    }

    /** The survey met the schema of the other file kind: the pass is started again with its records. */
    private static final class OtherKind extends RuntimeException {
        private final QuestionnaireKind kind;

        OtherKind(QuestionnaireKind kind) {
            super(null, null, false, false);
            this.kind = kind;
        }
    }

    private static byte[] readBounded(String name, Path file) throws UnreadableQuestionnaireException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                long size = Files.size(file);
                throw failure(name, Reason.TOO_LARGE, Optional.empty(), String.valueOf(size), String.valueOf(MAX_BYTES));
            }
            return bytes;
        } catch (java.nio.file.AccessDeniedException e) {
            throw failure(name, Reason.NO_ACCESS);
        } catch (IOException e) {
            throw failure(name, Reason.IO_ERROR, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** Strict UTF-8: a Latin-1 or binary file is refused with the place of the first bad byte. */
    private static String decodeUtf8(String name, byte[] bytes) throws UnreadableQuestionnaireException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            throw failure(name, Reason.NOT_UTF8, Optional.of(positionAfter(out)),
                    String.format("0x%02X", bytes[in.position()] & 0xFF));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static SourcePosition positionAfter(CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            if (decoded.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    /**
     * A first pass over the tokens: refuses what binding would not (aliases, excessive depth,
     * several documents, a foreign schema) and records where every field is written.
     */
    private static Survey survey(String name, QuestionnaireFormat format, ObjectMapper mapper, String text,
            QuestionnaireKind kind) throws UnreadableQuestionnaireException {
        Map<String, SourcePosition> positions = new HashMap<>();
        List<SchemaProblem> unknownKeys = new ArrayList<>();
        FormatShape shape = new FormatShape(kind == QuestionnaireKind.ESTABLISHMENT ? Establishment.class : Questionnaire.class);
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw failure(name, Reason.EMPTY);
            }
            if (token != JsonToken.START_OBJECT) {
                throw failure(name, Reason.NOT_A_MAPPING, position(p),
                        firstLine(token.isScalarValue() ? p.getText() : token.asString()));
            }
            int depth = 0;
            for (; token != null; token = p.nextToken()) {
                if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new UnreadableQuestionnaireException(
                            SyntaxDiagnosis.alias(name, text, p.getText(), SourcePosition.of(p.currentTokenLocation())));
                }
                SourcePosition here = SourcePosition.of(p.currentTokenLocation());
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth > 0) {
                            positions.putIfAbsent(FieldPaths.of(p.getParsingContext().getParent()), here);
                        }
                        if (++depth > MAX_DEPTH) {
                            throw failure(name, Reason.TOO_DEEP, Optional.of(here), String.valueOf(MAX_DEPTH));
                        }
                        if (token == JsonToken.START_OBJECT) {
                            shape.startObject(depth == 1);
                        } else {
                            shape.startArray();
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        shape.end();
                        if (--depth == 0 && p.nextToken() != null) {
                            throw failure(name, format == QuestionnaireFormat.JSON ? Reason.JSON_TRAILING_CONTENT
                                    : Reason.SEVERAL_DOCUMENTS, position(p));
                        }
                    }
                    case FIELD_NAME -> {
                        String path = FieldPaths.of(p.getParsingContext());
                        positions.put(path, here);
                        Optional<SchemaProblem> unknown = shape.key(p.currentName(), path, here);
                        TextCharacters.check(p.currentName(), true, path, here).or(() -> unknown).ifPresent(unknownKeys::add);
                    }
                    default -> {
                        String at = FieldPaths.of(p.getParsingContext());
                        positions.putIfAbsent(at, here);
                        String value = p.getText();
                        TextCharacters.check(value, false, at, here).or(() -> SizeLimits.textTooLong(value, at, here))
                                .ifPresent(unknownKeys::add);
                        if (depth == 1 && "schema".equals(p.currentName())) {
                            QuestionnaireKind declared = Questionnaire.SCHEMA_V1.equals(p.getText()) ? QuestionnaireKind.DEPARTMENT
                                    : Establishment.SCHEMA_V1.equals(p.getText()) ? QuestionnaireKind.ESTABLISHMENT : null;
                            if (declared == kind) {
                                continue;
                            }
                            if (declared != null) {
                                throw new OtherKind(declared);
                            }
                            // a value that swallowed the lines below (quote left open, next key indented): say
                            // that, not "unknown format"
                            Optional<LoadFailure> spill = SyntaxDiagnosis.valueSpilledOver(name, text, here.line(), p.getText());
                            if (spill.isPresent()) {
                                throw new UnreadableQuestionnaireException(spill.get());
                            }
                            throw failure(name, Reason.UNSUPPORTED_SCHEMA, Optional.of(here), firstLine(p.getText()),
                                    Questionnaire.SCHEMA_V1, Establishment.SCHEMA_V1);
                        }
                    }
                }
            }
        } catch (StreamReadException e) {
            throw syntaxFailure(name, format, text, e);
        } catch (StreamConstraintsException e) {
            throw new UnreadableQuestionnaireException(ParserLimits.failure(name, text, e));
        } catch (IOException e) {
            throw failure(name, Reason.IO_ERROR, Optional.empty(), String.valueOf(e.getMessage()));
        }
        return new Survey(new SourceMap(positions), unknownKeys);
    }

    /** What the survey pass learnt: where fields are, and which keys the format does not know. */
    private record Survey(SourceMap sourceMap, List<SchemaProblem> unknownKeys) {
    }

    private static LoadedQuestionnaire bind(String name, QuestionnaireFormat format, ObjectMapper mapper, String text,
            Survey survey, byte[] bytes, QuestionnaireKind kind)
            throws UnreadableQuestionnaireException {
        ShapeProblemCollector collector = new ShapeProblemCollector();
        SourceMap sourceMap = survey.sourceMap();
        List<SchemaProblem> problems = new ArrayList<>(survey.unknownKeys());
        try {
            if (kind == QuestionnaireKind.ESTABLISHMENT) {
                Establishment establishment = mapper.readerFor(Establishment.class).withHandler(collector).readValue(text);
                collector.problems().forEach(problem -> problems.add(SyntaxDiagnosis.textReadAsKey(text, problem)));
                List<SchemaProblem> tooMany = establishment == null ? List.of() : SizeLimits.exceeded(establishment, sourceMap);
                problems.addAll(tooMany);
                return LoadedQuestionnaire.establishment(name, Optional.ofNullable(establishment).filter(e -> tooMany.isEmpty()),
                        problems, sourceMap, bytes);
            }
            Questionnaire questionnaire = mapper.readerFor(Questionnaire.class).withHandler(collector).readValue(text);
            collector.problems().forEach(problem -> problems.add(SyntaxDiagnosis.textReadAsKey(text, problem)));
            // a list over its limit is refused before any rule reads the questionnaire
            List<SchemaProblem> tooMany = questionnaire == null ? List.of() : SizeLimits.exceeded(questionnaire, sourceMap);
            problems.addAll(tooMany);
            return new LoadedQuestionnaire(name, Optional.ofNullable(questionnaire).filter(q -> tooMany.isEmpty()), problems,
                    sourceMap, bytes);
        } catch (StreamReadException e) {
            throw syntaxFailure(name, format, text, e);
        } catch (DatabindException e) {
            problems.addAll(collector.problems());
            problems.add(unrecoverable(e, sourceMap));
            return kind == QuestionnaireKind.ESTABLISHMENT
                    ? LoadedQuestionnaire.establishment(name, Optional.empty(), problems, sourceMap, bytes)
                    : new LoadedQuestionnaire(name, Optional.empty(), problems, sourceMap, bytes);
        } catch (StreamConstraintsException e) {
            throw new UnreadableQuestionnaireException(ParserLimits.failure(name, text, e));
        } catch (IOException e) {
            throw failure(name, Reason.IO_ERROR, Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** A shape problem Jackson could not step over: reported on its own, binding stops there. */
    private static SchemaProblem unrecoverable(DatabindException e, SourceMap sourceMap) {
        String path = "";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder built = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getIndex() >= 0) {
                    built.append('[').append(ref.getIndex()).append(']');
                } else if (ref.getFieldName() != null) {
                    built.append(built.length() == 0 ? "" : ".").append(ref.getFieldName());
                }
            }
            path = built.toString();
        }
        Optional<SourcePosition> position = e.getLocation() != null
                ? Optional.of(SourcePosition.of(e.getLocation())) : sourceMap.find(path);
        return new SchemaProblem(Kind.WRONG_TYPE, path, position, "", Expected.OTHER, List.of());
    }

    private static UnreadableQuestionnaireException syntaxFailure(String name, QuestionnaireFormat format, String text,
            StreamReadException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.contains("nesting depth") || detail.contains("Nesting depth")) {
            Optional<SourcePosition> position = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? Optional.empty() : Optional.of(SourcePosition.of(e.getLocation()));
            return failure(name, Reason.TOO_DEEP, position, String.valueOf(MAX_DEPTH));
        }
        return new UnreadableQuestionnaireException(TextCharacters.writtenAsIs(name, text, format)
                .orElseGet(() -> SyntaxDiagnosis.of(name, text, format, e)));
    }

    /** A quoted value or parser message kept to one short line, whatever line separators it holds. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Optional<SourcePosition> position(JsonParser p) {
        return Optional.of(SourcePosition.of(p.currentTokenLocation()));
    }

    private static UnreadableQuestionnaireException failure(String name, Reason reason) {
        return failure(name, reason, Optional.empty());
    }

    private static UnreadableQuestionnaireException failure(String name, Reason reason,
            Optional<SourcePosition> position, String... details) {
        return new UnreadableQuestionnaireException(new LoadFailure(name, reason, position, List.of(details)));
    }
}
