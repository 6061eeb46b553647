package org.corpusdesk.ingest.dataset;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which brat event roles and relation types are the claim, the source and the cue of an attribution. Set with the
 * properties {@code corpusdesk.brat.claim-roles}, {@code .source-roles}, {@code .cue-roles}, {@code
 * .attribution-relations} and {@code .cue-relations} (comma-separated, any case); the first name of each is the
 * one the brat export writes.
 */
@Component
public class BratMapping {

    private final List<String> claimRoles;
    private final List<String> sourceRoles;
    private final List<String> cueRoles;
    private final List<String> attributionRelations;
    private final List<String> cueRelations;

    public BratMapping(@Value("${corpusdesk.brat.claim-roles:Content,Claim,Message,Quote}") List<String> claimRoles,
            @Value("${corpusdesk.brat.source-roles:Source}") List<String> sourceRoles,
            @Value("${corpusdesk.brat.cue-roles:Cue}") List<String> cueRoles,
            @Value("${corpusdesk.brat.attribution-relations:Attribution}") List<String> attributionRelations,
            @Value("${corpusdesk.brat.cue-relations:Cue}") List<String> cueRelations) {
        this.claimRoles = List.copyOf(claimRoles);
        this.sourceRoles = List.copyOf(sourceRoles);
        this.cueRoles = List.copyOf(cueRoles);
        this.attributionRelations = List.copyOf(attributionRelations);
        this.cueRelations = List.copyOf(cueRelations);
    }

    /** The defaults: Content (or Claim, Message, Quote), Source and Cue roles; Attribution and Cue relations. */
    public static BratMapping defaults() {
        return new BratMapping(List.of("Content", "Claim", "Message", "Quote"), List.of("Source"), List.of("Cue"),
                List.of("Attribution"), List.of("Cue"));
    }

    /** What an event role or relation type stands for. */
    public enum Part { CLAIM, SOURCE, CUE, OTHER }

    /** The part an event argument's role plays ("Source2", as brat numbers a repeated role, counts as Source). */
    public Part role(String role) {
        String bare = role.replaceFirst("\\d+$", "");
        return is(claimRoles, bare) ? Part.CLAIM : is(sourceRoles, bare) ? Part.SOURCE : is(cueRoles, bare) ? Part.CUE
                : Part.OTHER;
    }

    /** The part a relation type plays: SOURCE (claim → source), CUE (claim → cue), else OTHER. */
    public Part relation(String type) {
        return is(attributionRelations, type) ? Part.SOURCE : is(cueRelations, type) ? Part.CUE : Part.OTHER;
    }

    public String claimRole() {
        return claimRoles.getFirst();
    }

    public String sourceRole() {
        return sourceRoles.getFirst();
    }

    public String cueRole() {
        return cueRoles.getFirst();
    }

    public String attributionRelation() {
        return attributionRelations.getFirst();
    }

    public String cueRelation() {
        return cueRelations.getFirst();
    }

    /** The roles and relation types, for the import's messages. */
    public String describe() {
        return "claim " + String.join("/", claimRoles) + ", source " + String.join("/", sourceRoles) + ", cue "
                + String.join("/", cueRoles);
    }

    private static boolean is(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }
}
