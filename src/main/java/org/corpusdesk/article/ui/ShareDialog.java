package org.corpusdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.article.DistributionPlan;
import org.corpusdesk.article.DistributionResult;
import org.corpusdesk.user.AppUser;

/** Shares the selected articles among editors: N editors each, and optionally one more on a share of them. */
class ShareDialog extends Dialog {

    final MultiSelectComboBox<AppUser> editors = new MultiSelectComboBox<>("Editors");
    final IntegerField each = new IntegerField("Editors per article");
    final IntegerField extra = new IntegerField("One more editor on (%)");
    final Button go = new Button("Share");

    ShareDialog(List<Long> articleIds, List<AppUser> people, ArticleAssignmentService assignments, Runnable done) {
        setHeaderTitle("Share " + articleIds.size() + " article(s) among editors");
        editors.setId("share-editors");
        editors.setItems(people);
        editors.setItemLabelGenerator(AppUser::label);
        editors.setWidthFull();
        each.setId("share-each");
        each.setValue(1);
        each.setMin(1);
        each.setStepButtonsVisible(true);
        extra.setId("share-extra");
        extra.setValue(0);
        extra.setMin(0);
        extra.setMax(100);
        extra.setHelperText("e.g. 1 editor each and 20% for \"double-annotate 20%\"");
        go.setId("share-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickListener(e -> {
            try {
                DistributionResult r = assignments.distribute(articleIds, editors.getValue().stream().map(AppUser::id)
                        .toList(), new DistributionPlan(each.getValue() == null ? 1 : each.getValue(),
                        extra.getValue() == null ? 0 : extra.getValue(), ThreadLocalRandom.current().nextLong()));
                Notification.show(r.changed() + " of " + r.articles() + " article(s) got editors; new assignments: "
                        + r.addedPerEditor());
                close();
                done.run();
            } catch (IllegalArgumentException problem) {
                Notification.show(problem.getMessage());
            }
        });
        add(new Paragraph("Editors an article already has count towards its number; new ones go to whoever has the "
                + "fewest assignments. Editors annotate blind until a curator curates or decides the article."),
                editors, each, extra);
        getFooter().add(new Button("Cancel", e -> close()), go);
    }
}
