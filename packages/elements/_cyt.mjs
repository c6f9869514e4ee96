import cytoscape from 'cytoscape';
for (const v of [NaN, Infinity, 1e-7, 1e21, -1e-9, 0.5]) {
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{data:{id:'a'}},{data:{id:'b'}},{data:{id:'e',source:'a',target:'b',sw:[v],sd:[0]}}],
      style: [{selector:'edge', style:{'curve-style':'segments','segment-weights':'data(sw)','segment-distances':'data(sd)'}}]});
    cy.edges()[0].pstyle('segment-weights');
    console.log(v, 'ok');
  } catch (e) { console.log(v, e.message); }
}
