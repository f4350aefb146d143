package dateline.reading;

import java.util.List;

/**
 * News-style coreference: joins the name mentions into one entity per thing. Name variants and acronyms first
 * ({@link NameClusters}), then untagged repeats of known names ({@link NameRecurrences}), titles and their holders
 * ({@link TitleAttacher}), and what refers back without a name ({@link Anaphora}). Entities are numbered e1, e2, … in
 * order of first mention.
 */
final class Coreferencer {
    private final NameClusters names;
    private final TitleAttacher titles;
    private final Anaphora anaphora;

    Coreferencer(Lexicon lexicon, Titles titles) {
        RoleHolders holders = new RoleHolders(lexicon);
        this.names = new NameClusters(lexicon, titles);
        this.titles = new TitleAttacher(lexicon, holders);
        this.anaphora = new Anaphora(lexicon, holders);
    }

    /** The reading with the mentions joined into its entities. */
    Reading resolve(Reading r, List<Mention> mentions) {
        ClusterSet set = names.cluster(r.article().text(), mentions);
        Tokens tokens = new Tokens(r);
        NameRecurrences.find(set, tokens);
        titles.attach(set, tokens);
        anaphora.resolve(set, tokens);
        return r.withEntities(EntityAssembler.entities(set));
    }
}
