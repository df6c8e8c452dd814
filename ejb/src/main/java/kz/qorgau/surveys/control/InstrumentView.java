package kz.qorgau.surveys.control;

import java.math.BigDecimal;
import java.util.List;

import kz.qorgau.schools.control.Names;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.surveys.entity.SurveyInstrument;
import kz.qorgau.surveys.entity.SurveyScale;

/** An instrument as the API shows it. */
public record InstrumentView(long id, String code, Names name, List<ScaleView> scales) {

    public record ScaleView(String code, Names name, BigDecimal threshold, BigDecimal maxScore, boolean suicideRisk) {

        static ScaleView of(SurveyScale scale) {
            return new ScaleView(scale.getCode(), names(scale.getName()), scale.getThreshold(), scale.getMaxScore(),
                    scale.isSuicideRisk());
        }
    }

    static InstrumentView of(SurveyInstrument instrument) {
        return new InstrumentView(instrument.getId(), instrument.getCode(), names(instrument.getName()),
                instrument.getScales().stream().map(ScaleView::of).toList());
    }

    private static Names names(LocalizedName name) {
        return new Names(name.getKk(), name.getRu(), name.getEn());
    }
}
