package fr.charteia.web.api;

import fr.charteia.validation.FileReport;
import fr.charteia.validation.JsonFinding;
import java.util.List;

/** The API's verdict on one questionnaire: the object {@code validate --format json} prints for a file, without its name. */
record ApiReport(boolean valid, List<JsonFinding> findings) {

    static ApiReport of(FileReport report) {
        return new ApiReport(report.valid(), JsonFinding.of(report));
    }
}
