using Intake.Corpus.Model;

namespace Intake.Corpus.Content;

/// <summary>
/// The pages printed with the claim form besides the form itself: an information notice (written for this project
/// from docs/procedure.md and the public-service sheet it cites), a "pièces à joindre" checklist,
/// and a page of blank lines for a longer account. They belong to the claim-form document.
/// </summary>
internal static class ClaimFormNotice
{
    private static readonly (string Heading, string Text)[] Paragraphs =
    [
        ("À quoi sert ce formulaire ?",
            "Ce formulaire permet de saisir la commission de conciliation et d'indemnisation (CCI) de votre région lorsque vous " +
            "pensez avoir subi un dommage à la suite d'un acte de prévention, de diagnostic ou de soins : accident médical, " +
            "affection iatrogène ou infection nosocomiale."),
        ("Qui peut présenter la demande ?",
            "La victime elle-même, ou un avocat qu'elle a choisi. Pour un enfant mineur, la demande est présentée par son " +
            "représentant légal ; pour un majeur protégé, par son tuteur ou son curateur. Lorsque la victime est décédée, ses " +
            "ayants droit peuvent saisir la commission."),
        ("Dans quel délai ?",
            "La demande doit être présentée dans un délai de dix ans à compter de la consolidation du dommage. La saisine de la " +
            "commission suspend les délais de prescription et de recours contentieux jusqu'au terme de la procédure."),
        ("Comment transmettre votre dossier ?",
            "Envoyez le formulaire rempli, daté et signé, avec les pièces justificatives, par lettre recommandée avec demande " +
            "d'avis de réception, ou déposez-le au secrétariat de la commission dont vous dépendez."),
        ("Le seuil de gravité",
            "La procédure de règlement amiable n'est ouverte que si le dommage dépasse un seuil de gravité : atteinte permanente " +
            "à l'intégrité physique ou psychique supérieure à 24 %, arrêt temporaire des activités professionnelles pendant au " +
            "moins six mois consécutifs ou six mois non consécutifs sur douze mois, gêne temporaire d'au moins 50 % pendant la " +
            "même durée, ou, à titre exceptionnel, inaptitude définitive à l'activité antérieure ou troubles particulièrement " +
            "graves dans les conditions d'existence."),
        ("Si le seuil n'est pas atteint",
            "La commission peut être saisie aux fins de conciliation, notamment en cas de désaccord avec un professionnel ou un " +
            "établissement de santé. Une demande jugée irrecevable au titre du règlement amiable peut encore faire l'objet d'une " +
            "conciliation."),
        ("Après l'envoi",
            "Lorsque le dossier est complet, la commission rend son avis dans un délai de six mois. Elle peut désigner un expert " +
            "ou un collège d'experts ; une copie du rapport est adressée à chaque partie avant la séance, à laquelle vous pouvez " +
            "vous faire assister ou représenter."),
        ("Procédures en cours",
            "Indiquez toute action en justice déjà engagée ou envisagée pour les mêmes faits. Si vous saisissez un tribunal, " +
            "informez également le juge de votre demande auprès de la commission."),
        ("Organismes sociaux",
            "Précisez votre caisse d'assurance maladie : les organismes qui vous ont versé des prestations peuvent en obtenir " +
            "le remboursement auprès du responsable du dommage."),
        ("Confidentialité",
            "Les renseignements demandés sont nécessaires à l'instruction de votre demande. Les membres de la commission et " +
            "les experts désignés sont tenus au secret professionnel."),
        ("Comment remplir le formulaire ?",
            "Écrivez lisiblement, en lettres capitales, et cochez les cases qui correspondent à votre situation. Si la place " +
            "manque, joignez une feuille libre en indiquant le numéro de la rubrique concernée."),
    ];

    private static readonly string[] Titles =
        ["Notice", "NOTICE EXPLICATIVE", "Notice d'information", "À lire avant de remplir votre demande", "Informations utiles"];

    /// <summary>One or two pages of notice; paragraphs in a per-form order, split between the pages.</summary>
    public static List<Page> Notice(int pages, Random rng)
    {
        var order = Paragraphs.OrderBy(_ => rng.Next()).Take(pages == 1 ? rng.Next(5, 8) : Paragraphs.Length).ToList();
        string title = Titles[rng.Next(Titles.Length)];
        bool numbered = rng.Next(2) == 0;
        var result = new List<Page>();
        int per = (order.Count + pages - 1) / pages;
        for (int p = 0; p < pages; p++)
        {
            var pb = new PageBuilder();
            if (p == 0)
            {
                pb.Title(title);
                pb.Centered(rng.Next(2) == 0 ? "Demande d'indemnisation — formulaire cerfa n°12245*03" : "Commission de conciliation et d'indemnisation (CCI)", LineKind.Small);
                pb.Gap();
            }
            foreach (var (heading, text) in order.Skip(p * per).Take(per))
            {
                pb.Heading(heading);
                pb.Text(text);
                pb.Gap();
            }
            if (pages > 1 && numbered) pb.Footer(new Span($"Notice — {p + 1}/{pages}", SpanStyle.Normal, 0.78));
            result.Add(pb.Build());
        }
        return result;
    }

    private static readonly (string Piece, bool Always)[] Pieces =
    [
        ("Copie d'une pièce d'identité de la victime (et du demandeur s'il est différent)", true),
        ("Certificat médical décrivant le dommage et ses conséquences", true),
        ("Documents médicaux en votre possession (comptes rendus, lettres de sortie, résultats d'examens)", true),
        ("Attestation de la caisse d'assurance maladie", true),
        ("Justificatifs des arrêts de travail, le cas échéant", false),
        ("Acte de décès et justificatif de la qualité d'ayant droit, si la victime est décédée", false),
        ("Jugement de tutelle ou de curatelle, si la victime est un majeur protégé", false),
        ("Livret de famille ou justificatif du lien avec la victime", false),
    ];

    /// <summary>The checklist of supporting documents; a hand-filling claimant ticks some of them.</summary>
    public static Page Checklist(Random rng, bool hand)
    {
        var pb = new PageBuilder();
        pb.Title(rng.Next(2) == 0 ? "Pièces à joindre à votre demande" : "LISTE DES PIÈCES JUSTIFICATIVES", centered: rng.Next(2) == 0);
        pb.Text(rng.Next(2) == 0 ? "Cochez les pièces que vous joignez à votre envoi." : "Vérifiez que votre dossier comprend les documents suivants :");
        pb.Gap();
        foreach (var (piece, always) in Pieces)
            pb.Spans(new Span(piece, SpanStyle.Checkbox, 0.02, hand && (always || rng.Next(3) == 0)));
        pb.Gap();
        pb.Small("Tout dossier incomplet retarde l'examen de votre demande.");
        return pb.Build();
    }

    /// <summary>A page of empty ruled lines for the account of the facts, when the space in the form is too short.</summary>
    public static Page BlankLines(Random rng)
    {
        var pb = new PageBuilder();
        pb.Heading(rng.Next(2) == 0 ? "Suite de la description des faits (facultatif)" : "Observations complémentaires");
        pb.Gap();
        string rule = rng.Next(2) == 0 ? "." : "_";
        int lines = rng.Next(14, 26);
        for (int i = 0; i < lines; i++) pb.Spans(new Span(rule, SpanStyle.Leader));
        return pb.Build();
    }
}
