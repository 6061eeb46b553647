package org.corpusdesk.annotation;

import java.math.BigDecimal;

/** A number asserted by a claim: "more than 1,250 people" is 1250, unit "people", qualifier "more than". */
public record Figure(BigDecimal value, String unit, String qualifier) {
}
