"""Words the Impactkaart page adds around the engine's conventions (issue 15): FTE per year
as the headline, the redistribution of transfers, the price level of every euro."""

WORDS: dict[str, dict[str, str]] = {
    "results.fte_per_year": {"nl": "Arbeidstijd per jaar", "en": "Staff time per year"},
    "results.fte_per_year_help": {
        "nl": "Gemiddeld over de jaren met effect; piek {peak} fte in projectjaar {year}; "
              "samen {total} fte-jaren.",
        "en": "Average over the years with an effect; peak {peak} FTE in project year {year}; "
              "together {total} FTE-years.",
    },
    "results.transfers": {
        "nl": "Daarnaast is {amount} herverdeling (bijvoorbeeld een uitkering die niet meer "
              "nodig is): wat de een minder betaalt, ontvangt de ander minder. Het telt niet "
              "mee in de maatschappelijke baten, wel in *wie investeert, wie profiteert*.",
        "en": "Another {amount} is redistribution (for example a benefit payment no longer "
              "needed): what one party pays less, another receives less. It does not count "
              "in society's benefits, only in *who invests, who profits*.",
    },
    "results.price_level": {
        "nl": "Alle bedragen in euro's van {year} (bibliotheekwaarden geïndexeerd met de "
              "CBS-consumentenprijsindex; eigen bedragen en kosten gelden als prijspeil {year}).",
        "en": "All amounts in euros of {year} (library values indexed with the CBS consumer "
              "price index; your own amounts and costs count as price level {year}).",
    },
    # Under the charts while a slider differs from what the blocks below were drawn with.
    "results.below_stale": {
        "nl": "De onderdelen hieronder (rekenconventie, onzekerheid en downloads) zijn nog "
              "berekend met eerdere aannames, niet met de schuifjes van nu. De cijfers en "
              "grafieken hierboven volgen de schuifjes wel.",
        "en": "The parts below (discounting convention, uncertainty and downloads) were "
              "computed with earlier assumptions, not with the sliders as they are now. The "
              "figures and charts above do follow the sliders.",
    },
    "results.below_update": {
        "nl": "Onderdelen hieronder bijwerken", "en": "Update the parts below",
    },
}
