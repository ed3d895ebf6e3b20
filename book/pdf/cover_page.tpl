{#- The PDF's cover, rendered by mkdocs-print-site-plugin with the MkDocs config.
    book.pdf passes the edition in PLAYBOOK_PDF_VERSION and PLAYBOOK_PDF_DATE. -#}
<div class="pdf-cover">
  <div class="pdf-cover__mark"></div>
  <p class="pdf-cover__title">{{ config.site_name }}</p>
  <p class="pdf-cover__subtitle">{{ config.site_description }}</p>
  <p class="pdf-cover__edition">
    <strong>Version {{ config.extra.edition.version }}</strong><br>
    {{ config.extra.edition.date }}<br>
    {{ config.site_author }}
  </p>
  <p class="pdf-cover__license">{{ config.copyright }}</p>
</div>
