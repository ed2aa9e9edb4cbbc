package fr.charteia.batch;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run was asked: shown at the head of the report and in the workbook's properties.
 *
 * @param date the day of the run: review dates are judged against it
 */
public record RunInfo(LocalDate date, String folder, String out, List<String> formats, String language) {

    public RunInfo {
        formats = List.copyOf(formats);
    }
}
