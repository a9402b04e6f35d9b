import"./modulepreload-polyfill-P2Xu9kJm.js";var e,t,n,r,i,a,o,s,c,l,u,d={},f=[],p=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function h(e,t){for(var n in t)e[n]=t[n];return e}function g(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return v(t,s,i,a,null)}function v(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?ee(e):null}function x(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return x(e)}}function S(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!C.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(C)}function C(){for(var e,n,i,a,s,c,l,u=1;r.length;)r.length>u&&r.sort(o),e=r.shift(),u=r.length,e.__d&&(i=void 0,a=void 0,s=(a=(n=e).__v).__e,c=[],l=[],n.__P&&((i=h({},a)).__v=a.__v+1,t.vnode&&t.vnode(i),ce(n.__P,i,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,c,s??ee(a),!!(32&a.__u),l),i.__v=a.__v,i.__.__k[i.__i]=i,ue(c,i,l),a.__e=a.__=null,i.__e!=s&&x(i)));C.__r=0}function te(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y,b=r&&r.__k||f,ee=t.length;for(c=ne(n,t,b,c,ee),p=0;p<ee;p++)(h=n.__k[p])!=null&&(m=h.__i==-1?d:b[h.__i]||d,h.__i=p,v=ce(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&w(m.ref,null,h),u.push(h.ref,h.__c||g,h)),_==null&&g!=null&&(_=g),(y=!!(4&h.__u))||m.__k===h.__k?c=re(h,c,e,y):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):m(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=ie(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=ee(s)),pe(s,s));return r}function re(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=re(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=ee(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function ie(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ae(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||p.test(t)?n:n+`px`}function oe(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ae(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ae(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(s,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=c,e.addEventListener(t,a?u:l,a)):e.removeEventListener(t,a?u:l,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function se(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n.t==null)n.t=c++;else if(n.t<r.u)return;return r(t.event?t.event(n):n)}}}function ce(e,n,r,i,a,o,s,c,l,u){var d,f,p,_,v,ee,x,S,C,ne,re,ie,ae,oe,se,ce,ue,w=n.type;if(n.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);n:if(typeof w==`function`)try{if(S=n.props,C=`prototype`in w&&w.prototype.render,ne=(d=w.contextType)&&i[d.__c],re=d?ne?ne.props.value:d.__:i,r.__c?x=(f=n.__c=r.__c).__=f.__E:(C?n.__c=f=new w(S,re):(n.__c=f=new b(S,re),f.constructor=w,f.render=me),ne&&ne.sub(f),f.props=S,f.state||(f.state={}),f.context=re,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),C&&f.__s==null&&(f.__s=f.state),C&&w.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=h({},f.__s)),h(f.__s,w.getDerivedStateFromProps(S,f.__s))),_=f.props,v=f.state,f.__v=n,p)C&&w.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),C&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(C&&w.getDerivedStateFromProps==null&&S!==_&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(S,re),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(S,f.__s,re)||n.__v==r.__v){for(n.__v!=r.__v&&(f.props=S,f.state=f.__s,f.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),ie=0;ie<f._sb.length;ie++)f.__h.push(f._sb[ie]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(S,f.__s,re),C&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(_,v,ee)})}if(f.context=re,f.props=S,f.__P=e,f.__e=!1,ae=t.__r,oe=0,C){for(f.state=f.__s,f.__d=!1,ae&&ae(n),d=f.render(f.props,f.state,f.context),se=0;se<f._sb.length;se++)f.__h.push(f._sb[se]);f._sb=[]}else do f.__d=!1,ae&&ae(n),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++oe<25);f.state=f.__s,f.getChildContext!=null&&(i=h(h({},i),f.getChildContext())),C&&!p&&f.getSnapshotBeforeUpdate!=null&&(ee=f.getSnapshotBeforeUpdate(_,v)),ce=d,d!=null&&d.type===y&&d.key==null&&(ce=de(d.props.children)),c=te(e,m(ce)?ce:[ce],n,r,i,a,o,s,c,l,u),f.base=n.__e,n.__u&=-161,f.__h.length&&s.push(f),x&&(f.__E=f.__=null)}catch(e){if(n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,n.__e=c}else{for(ue=o.length;ue--;)g(o[ue]);le(n)}}else n.__e=r.__e,n.__k=r.__k,e.then||le(n);t.__e(e,n,r)}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=fe(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function le(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(le)}function ue(e,n,r){for(var i=0;i<r.length;i++)w(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function de(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:m(e)?e.map(de):h({},e)}function fe(n,r,i,a,o,s,c,l,u){var f,p,h,_,v,y,b,x=i.props,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(f=0;f<s.length;f++)if((v=s[f])&&`setAttribute`in v==!!C&&(C?v.localName==C:v.nodeType==3)){n=v,s[f]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s&&=e.call(n.childNodes),x=i.props||d,!l&&s!=null)for(x={},f=0;f<n.attributes.length;f++)x[(v=n.attributes[f]).name]=v.value;for(f in x)if(v=x[f],f!=`children`){if(f==`dangerouslySetInnerHTML`)h=v;else if(!(f in S)){if(f==`value`&&`defaultValue`in S||f==`checked`&&`defaultChecked`in S)continue;oe(n,f,null,v,o)}}for(f in S)v=S[f],f==`children`?_=v:f==`dangerouslySetInnerHTML`?p=v:f==`value`?y=v:f==`checked`?b=v:l&&typeof v!=`function`||x[f]===v||oe(n,f,v,x[f],o);if(p)l||h&&(p.__html==h.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),r.__k=[];else if(h&&(n.innerHTML=``),te(r.type==`template`?n.content:n,m(_)?_:[_],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&ee(i,0),l,u),s!=null)for(f=s.length;f--;)g(s[f]);l||(f=`value`,C==`progress`&&y==null?n.removeAttribute(`value`):y!=null&&(y!==n[f]||C==`progress`&&!y||C==`option`&&y!=x[f])&&oe(n,f,y,x[f],o),f=`checked`,b!=null&&b!=n[f]&&oe(n,f,b,x[f],o))}return n}function w(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function pe(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||w(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&pe(i[a],n,r||typeof e.type!=`function`);r||g(e.__e),e.__c=e.__=e.__e=void 0}function me(e,t,n){return this.constructor(e,n)}function he(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],ce(r,n=(!a&&i||r).__k=_(y,null,[n]),o||d,d,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),ue(s,n,c)}e=f.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=h({},this.state);typeof e==`function`&&(e=e(h({},n),this.props)),e&&h(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),S(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),S(this))},b.prototype.render=y,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},C.__r=0,s=/(PointerCapture)$|Capture$/i,c=0,l=se(!1),u=se(!0);var ge,T,_e,ve,ye=0,be=[],E=t,xe=E.__b,Se=E.__r,Ce=E.diffed,we=E.__c,Te=E.unmount,Ee=E.__;function De(e,t){E.__h&&E.__h(T,e,ye||t),ye=0;var n=T.__H||(T.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function D(e){return ye=1,Oe(Le,e)}function Oe(e,t,n){var r=De(ge++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Le(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};T.__f=!0;var a=T.shouldComponentUpdate,o=T.componentWillUpdate;T.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},T.shouldComponentUpdate=i}return r.__N||r.__}function O(e,t){var n=De(ge++,3);!E.__s&&Ie(n.__H,t)&&(n.__=e,n.u=t,T.__H.__h.push(n))}function ke(e){return ye=5,Ae(function(){return{current:e}},[])}function Ae(e,t){var n=De(ge++,7);return Ie(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function je(){for(var e;e=be.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Pe),e.__H.__h.forEach(Fe),e.__H.__h=[]}catch(t){e.__H.__h=[],E.__e(t,e.__v)}}E.__b=function(e){T=null,xe&&xe(e)},E.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ee&&Ee(e,t)},E.__r=function(e){Se&&Se(e),ge=0;var t=(T=e.__c).__H;t&&(_e===T?(t.__h=[],T.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(Pe),t.__h.forEach(Fe),t.__h=[],ge=0)),_e=T},E.diffed=function(e){Ce&&Ce(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(be.push(t)!==1&&ve===E.requestAnimationFrame||((ve=E.requestAnimationFrame)||Ne)(je)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),_e=T=null},E.__c=function(e,t){t.some(function(e){try{e.__h.forEach(Pe),e.__h=e.__h.filter(function(e){return!e.__||Fe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],E.__e(n,e.__v)}}),we&&we(e,t)},E.unmount=function(e){Te&&Te(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{Pe(e)}catch(e){t=e}}),n.__H=void 0,t&&E.__e(t,n.__v))};var Me=typeof requestAnimationFrame==`function`;function Ne(e){var t,n=function(){clearTimeout(r),Me&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Me&&(t=requestAnimationFrame(n))}function Pe(e){var t=T,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),T=t}function Fe(e){var t=T;e.__c=e.__(),T=t}function Ie(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Le(e,t){return typeof t==`function`?t(e):t}var Re=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Re(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},ze=new Map;function Be(e){var t=ze.get(this);return t||(t=new Map,ze.set(this,t)),(t=Re(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var k=Be.bind(_),Ve={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},He=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},A,j;function M(e){return new He(`Syntax Error: Unexpected token at ${j} in ${e}`)}function Ue(e){if(e.lastIndex=j,e.test(A))return A.slice(j,j=e.lastIndex)}var We=/ +(?=[^\s])/y;function Ge(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)We.lastIndex=0,We.test(t[o])&&(o&&(!r||We.lastIndex<r)&&(r=We.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function N(){for(var e=0|A.charCodeAt(j++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|A.charCodeAt(j++))if(e===35)for(;(e=0|A.charCodeAt(j++))&&e!==10&&e!==13;);j--}function Ke(){for(var e=j,t=0|A.charCodeAt(j++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|A.charCodeAt(j++));if(e===j-1)throw M(`Name`);var n=A.slice(e,--j);return N(),n}function P(){return{kind:`Name`,value:Ke()}}var qe=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Je=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function Ye(e){var t;switch(A.charCodeAt(j)){case 91:j++,N();for(var n=[];A.charCodeAt(j)!==93;)n.push(Ye(e));return j++,N(),{kind:`ListValue`,values:n};case 123:j++,N();for(var r=[];A.charCodeAt(j)!==125;){var i=P();if(A.charCodeAt(j++)!==58)throw M(`ObjectField`);N(),r.push({kind:`ObjectField`,name:i,value:Ye(e)})}return j++,N(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw M(`Variable`);return j++,{kind:`Variable`,name:P()};case 34:if(A.charCodeAt(j+1)===34&&A.charCodeAt(j+2)===34){if(j+=3,(t=Ue(qe))==null)throw M(`StringValue`);return N(),{kind:`StringValue`,value:Ge(t.slice(0,-3)),block:!0}}var a=j,o;j++;var s=!1;for(o=0|A.charCodeAt(j++);o===92&&(j++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|A.charCodeAt(j++));if(o!==34)throw M(`StringValue`);return t=A.slice(a,j),N(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=j++,l;(l=0|A.charCodeAt(j++))>=48&&l<=57;);var u=A.slice(c,--j);if((l=A.charCodeAt(j))===46||l===69||l===101){if((t=Ue(Je))==null)throw M(`FloatValue`);return N(),{kind:`FloatValue`,value:u+t}}return N(),{kind:`IntValue`,value:u};case 110:if(A.charCodeAt(j+1)===117&&A.charCodeAt(j+2)===108&&A.charCodeAt(j+3)===108)return j+=4,N(),{kind:`NullValue`};break;case 116:if(A.charCodeAt(j+1)===114&&A.charCodeAt(j+2)===117&&A.charCodeAt(j+3)===101)return j+=4,N(),{kind:`BooleanValue`,value:!0};break;case 102:if(A.charCodeAt(j+1)===97&&A.charCodeAt(j+2)===108&&A.charCodeAt(j+3)===115&&A.charCodeAt(j+4)===101)return j+=5,N(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:Ke()}}function Xe(e){if(A.charCodeAt(j)===40){var t=[];j++,N();do{var n=P();if(A.charCodeAt(j++)!==58)throw M(`Argument`);N(),t.push({kind:`Argument`,name:n,value:Ye(e)})}while(A.charCodeAt(j)!==41);return j++,N(),t}}function Ze(e){if(A.charCodeAt(j)===64){var t=[];do j++,t.push({kind:`Directive`,name:P(),arguments:Xe(e)});while(A.charCodeAt(j)===64);return t}}function Qe(){for(var e=0;A.charCodeAt(j)===91;)e++,j++,N();var t={kind:`NamedType`,name:P()};do if(A.charCodeAt(j)===33&&(j++,N(),t={kind:`NonNullType`,type:t}),e){if(A.charCodeAt(j++)!==93)throw M(`NamedType`);N(),t={kind:`ListType`,type:t}}while(e--);return t}function $e(){if(A.charCodeAt(j++)!==123)throw M(`SelectionSet`);return N(),et()}function et(){var e=[];do if(A.charCodeAt(j)===46){if(A.charCodeAt(++j)!==46||A.charCodeAt(++j)!==46)throw M(`SelectionSet`);switch(j++,N(),A.charCodeAt(j)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:Ze(!1),selectionSet:$e()});break;case 111:A.charCodeAt(j+1)===110?(j+=2,N(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:P()},directives:Ze(!1),selectionSet:$e()})):e.push({kind:`FragmentSpread`,name:P(),directives:Ze(!1)});break;case 123:j++,N(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:et()});break;default:e.push({kind:`FragmentSpread`,name:P(),directives:Ze(!1)})}}else{var t=P(),n=void 0;A.charCodeAt(j)===58&&(j++,N(),n=t,t=P());var r=Xe(!1),i=Ze(!1),a=void 0;A.charCodeAt(j)===123&&(j++,N(),a=et()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(A.charCodeAt(j)!==125);return j++,N(),{kind:`SelectionSet`,selections:e}}function tt(){if(N(),A.charCodeAt(j)===40){var e=[];j++,N();do{var t=void 0;if(A.charCodeAt(j)===34&&(t=Ye(!0)),A.charCodeAt(j++)!==36)throw M(`Variable`);var n=P();if(A.charCodeAt(j++)!==58)throw M(`VariableDefinition`);N();var r=Qe(),i=void 0;A.charCodeAt(j)===61&&(j++,N(),i=Ye(!0)),N();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:Ze(!0)};t&&(a.description=t),e.push(a)}while(A.charCodeAt(j)!==41);return j++,N(),e}}function nt(e){var t=P();if(A.charCodeAt(j++)!==111||A.charCodeAt(j++)!==110)throw M(`FragmentDefinition`);N();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:P()},directives:Ze(!1),selectionSet:$e()};return e&&(n.description=e),n}function rt(){var e=[];do{var t=void 0;if(A.charCodeAt(j)===34&&(t=Ye(!0)),A.charCodeAt(j)===123){if(t)throw M(`Document`);j++,N(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:et()})}else{var n=Ke();switch(n){case`fragment`:e.push(nt(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=A.charCodeAt(j))!==40&&r!==64&&r!==123&&(i=P());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:tt(),directives:Ze(!1),selectionSet:$e()};t&&(a.description=t),e.push(a);break;default:throw M(`Document`)}}}while(j<A.length);return e}function it(e,t){return A=e.body?e.body:e,j=0,N(),t&&t.noLocation?{kind:`Document`,definitions:rt()}:{kind:`Document`,definitions:rt(),loc:{start:0,end:A.length,startToken:void 0,endToken:void 0,source:{body:A,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}var at={};function ot(e,t){var n=[],r=[];try{var i=function e(i,a,o){var s=!1,c=t[i.kind]&&t[i.kind].enter||t[i.kind]||t.enter,l=c&&c.call(t,i,a,o,r,n);if(!1===l)return i;if(l===null)return null;if(l===at)throw at;l&&typeof l.kind==`string`&&(s=l!==i,i=l),o&&n.push(o);var u,d={...i};for(var f in i){r.push(f);var p=i[f];if(Array.isArray(p)){for(var m=[],h=0;h<p.length;h++)p[h]!=null&&typeof p[h].kind==`string`&&(n.push(i),r.push(h),u=e(p[h],h,p),r.pop(),n.pop(),u==null?s=!0:(s||=u!==p[h],m.push(u)));p=m}else p!=null&&typeof p.kind==`string`&&(u=e(p,f,i))!==void 0&&(s||=p!==u,p=u);r.pop(),s&&(d[f]=p)}o&&n.pop();var g=t[i.kind]&&t[i.kind].leave||t.leave,_=g&&g.call(t,i,a,o,r,n);if(_===at)throw at;return _===void 0?l===void 0?s?d:i:s?d:l:_}(e);return i!==void 0&&!1!==i?i:e}catch(t){if(t!==at)throw t;return e}}function F(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function st(e){return JSON.stringify(e)}function ct(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var lt=`
`,I={OperationDefinition(e){var t=``;e.description&&(t+=I.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+F(e.variableDefinitions,`, `,I.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive));var n=I.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=I.StringValue(e.description)+` `),t+=I.Variable(e.variable)+`: `+ut(e.type),e.defaultValue&&(t+=` = `+ut(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=F(e.arguments,`, `,I.Argument);t.length+n.length+2>80?t+=`(`+(lt+=`  `)+F(e.arguments,lt,I.Argument)+(lt=lt.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+I.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?ct(e.value).replace(/\n/g,lt):st(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+F(e.values,`, `,ut)+`]`,ObjectValue:e=>`{`+F(e.fields,`, `,I.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+ut(e.value),Document(e){return!e.definitions||!e.definitions.length?``:F(e.definitions,`

`,ut)},SelectionSet:e=>`{`+(lt+=`  `)+F(e.selections,lt,ut)+(lt=lt.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+ut(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive)),t+=` `+I.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=I.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+F(e.directives,` `,I.Directive)),t+` `+I.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+F(e.arguments,`, `,I.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+ut(e.type)+`]`,NonNullType:e=>ut(e.type)+`!`},ut=e=>I[e.kind](e);function dt(e){return lt=`
`,I[e.kind]?I[e.kind](e):``}var ft={"X-Walker-CSRF":`1`},pt=``,mt=class extends Error{field;constructor(e,t=``){super(e),this.field=t}};async function ht(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var gt=`walker.session`;async function _t(e){if(!e.ok)throw new mt(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);pt=(await e.json()).accessToken,localStorage.setItem(gt,`1`)}var vt=null;function yt(){return vt??=(async()=>{if(!localStorage.getItem(gt))return!1;let e=await ht(`/auth/refresh`,{},ft);return e.ok?(await _t(e),!0):(localStorage.removeItem(gt),!1)})().finally(()=>vt=null),vt}async function bt(e){let t=await ht(`/auth/register/begin`,e,pt?{Authorization:`Bearer ${pt}`}:{});if(!t.ok){if(t.status!==400)throw new mt(`This invitation link is not valid any more: ask your admin for a new one.`);let e=(await t.json().catch(()=>null))?.errors?.[0];throw new mt(e?.message??`Check the form.`,e?.extensions?.field)}let n=await t.json(),r=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(n.publicKey)});if(!r)throw new mt(`No passkey was created.`);await _t(await ht(`/auth/register/finish`,r.toJSON()))}async function xt(e,t=!1){let n=await ht(`/auth/login/begin`,{});if(!n.ok)throw new mt(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new mt(`No passkey was chosen.`);await _t(await ht(`/auth/login/finish`,i.toJSON()))}async function St(e=!1){e&&await ht(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${pt}`}),await ht(`/auth/logout`,{},ft),pt=``,localStorage.removeItem(gt)}var Ct=class extends Error{},wt=class extends Error{code;status;field;current;retryAfter;constructor(e,t,n,r=``,i,a=0){super(e),this.code=t,this.status=n,this.field=r,this.current=i,this.retryAfter=a}},Tt=new Set;function Et(e){return Tt.add(e),()=>Tt.delete(e)}function Dt(e,t){let n=t?.cost,r=n?.throttleStatus;if(n&&r&&r.restoreRate>0)return Math.ceil((n.requestedQueryCost-r.currentlyAvailable)/r.restoreRate*1e3)+50;let i=Number(t?.retryAfter??e.headers.get(`Retry-After`));return Number.isFinite(i)&&i>0?i*1e3:1e3}function Ot(){try{let{exp:e}=JSON.parse(atob(pt.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function kt(e,t){for(let n=0;;n++){Ot()&&await yt().catch(()=>!1);let r;try{r=await ht(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${pt}`})}catch{throw new Ct(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0],o=i?.extensions?.cost??a?.extensions?.cost;if(o?.throttleStatus&&Tt.forEach(e=>e(o)),!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new Ct(`The server is busy.`):new wt(`Unexpected answer.`,`INTERNAL`,r.status)}let s=a.extensions?.code??`INTERNAL`;if(s===`UNAUTHENTICATED`&&n===0)pt=``;else throw new wt(a.message,s,r.status,a.extensions?.field,a.extensions?.current,s===`RATE_LIMITED`?Dt(r,a.extensions):0)}}async function L(e,t){return await kt(dt(e),t)}var At=(e,t)=>t.some(t=>e instanceof t),jt,Mt;function Nt(){return jt||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function Pt(){return Mt||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var Ft=new WeakMap,It=new WeakMap,Lt=new WeakMap;function Rt(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(Wt(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Lt.set(t,e),t}function zt(e){if(Ft.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});Ft.set(e,t)}var Bt={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return Ft.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return Wt(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Vt(e){Bt=e(Bt)}function Ht(e){return Pt().includes(e)?function(...t){return e.apply(Gt(this),t),Wt(this.request)}:function(...t){return Wt(e.apply(Gt(this),t))}}function Ut(e){return typeof e==`function`?Ht(e):(e instanceof IDBTransaction&&zt(e),At(e,Nt())?new Proxy(e,Bt):e)}function Wt(e){if(e instanceof IDBRequest)return Rt(e);if(It.has(e))return It.get(e);let t=Ut(e);return t!==e&&(It.set(e,t),Lt.set(t,e)),t}var Gt=e=>Lt.get(e);function Kt(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=Wt(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(Wt(o.result),e.oldVersion,e.newVersion,Wt(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var qt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],Jt=[`put`,`add`,`delete`,`clear`],Yt=new Map;function Xt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Yt.get(t))return Yt.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=Jt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||qt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Yt.set(t,a),a}Vt(e=>({...e,get:(t,n,r)=>Xt(t,n)||e.get(t,n,r),has:(t,n)=>!!Xt(t,n)||e.has(t,n)}));var Zt=[`continue`,`continuePrimaryKey`,`advance`],Qt={},$t=new WeakMap,en=new WeakMap,tn={get(e,t){if(!Zt.includes(t))return e[t];let n=Qt[t];return n||=Qt[t]=function(...e){$t.set(this,en.get(this)[t](...e))},n}};async function*nn(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,tn);for(en.set(n,t),Lt.set(n,Gt(t));t;)yield n,t=await($t.get(n)||t.continue()),$t.delete(n)}function rn(e,t){return t===Symbol.asyncIterator&&At(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&At(e,[IDBIndex,IDBObjectStore])}Vt(e=>({...e,get(t,n,r){return rn(t,n)?nn:e.get(t,n,r)},has(t,n){return rn(t,n)||e.has(t,n)}}));var an=null,on=()=>Kt(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}}),sn=5e3;async function cn(e,t){for(let n=0;;)try{return await kt(e,t)}catch(e){let t=e instanceof wt?e.retryAfter||1e3:0;if(!(e instanceof wt&&e.code===`RATE_LIMITED`)||n+t>sn)throw e;n+=t,await new Promise(e=>setTimeout(e,t))}}async function ln(e,t){let n=dt(e),r=n+`
`+JSON.stringify(t);an??=on();try{let e=await cn(n,t);return await(await an).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof Ct))throw e;let t=await(await an).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function un(){an??=on(),await(await an).clear(`reads`)}var dn=e=>({[e instanceof Error&&`field`in e?String(e.field??``):``]:e instanceof Error?e.message:String(e)}),fn=e=>e?new FormData(e):new FormData;function pn(e,t={}){let n=ke(null),[r,i]=D(!1),[a,o]=D(t),[,s]=D(0),[c,l]=D(0),u=new Set,d={...a,...r?e(fn(n.current)):{}};return O(()=>{if(!c)return;let e=n.current?.querySelector(`[aria-invalid="true"]`);e?.focus({preventScroll:!0}),e?.scrollIntoView({block:`center`})},[c]),O(()=>{Object.keys(t).length&&l(e=>e+1)},[]),{ref:n,errors:d,field(e){return u.add(e),{name:e,"aria-invalid":d[e]?`true`:void 0,"aria-describedby":d[e]?`err-`+e:void 0}},error(e){return u.add(e),d[e]?k`<span class="field-error" id=${`err-`+e} data-field=${e}>${d[e]}</span>`:null},others(){let e=Object.entries(d).filter(([e])=>!u.has(e));return e.length?k`<div class="error" role="alert">${e.map(([e,t])=>k`<p>${e?e+`: `:``}${t}</p>`)}</div>`:null},submit(t){return r=>{r.preventDefault();let a=fn(n.current);i(!0),Object.keys(e(a)).length?l(e=>e+1):(o({}),t(a))}},refuse(e){o(e),l(e=>e+1)},onInput(e){let t=e.target?.name;t&&a[t]&&o(({[t]:e,...n})=>n),s(e=>e+1)}}}var mn={_comment:`Generated by go generate (ent/entc.go) from the rules declared in ent/schema; do not edit. The server enforces them; the app (pwa) checks the same rules, with the same messages, before anything is sent. Entities and fields are named as in the GraphQL schema. Text is trimmed of the characters in 'blank' at both ends before any rule applies, and lengths count characters (code points), not bytes. A field with maxAheadHours is a time refused before earliestDate and after now plus that many hours, its date (YYYY-MM-DD, UTC) in the message.`,blank:`[\\s\\u0085\\p{Cf}\\u034f\\u115f\\u1160\\u3164\\uffa0]`,earliestDate:`2000-01-01`,emailPattern:`^[^@\\t\\n\\f\\r ]+@[^@\\t\\n\\f\\r ]+\\.[^@\\t\\n\\f\\r ]+$`,messages:{email:`must be an email address, such as name@example.com`,maxChars:`must be at most {max} characters`,notAfter:`must not be later than {date}`,notBefore:`must not be before {date}`,range:`must be between {min} and {max}`,required:`must not be empty`},entities:{APIToken:{name:{required:!0,maxChars:120}},Commitment:{target:{min:1,max:1e4}},Conversation:{durationMinutes:{min:0,max:1440},heard:{maxChars:1e4},occurredAt:{maxAheadHours:24},painPoints:{maxChars:1e4}},Customer:{company:{maxChars:200},externalId:{maxChars:120},name:{required:!0,maxChars:200},persona:{maxChars:120},segment:{maxChars:120},source:{maxChars:120}},Decision:{clvImpact:{min:-0xe8d4a51000,max:0xe8d4a51000},context:{maxChars:1e4},customerBenefit:{maxChars:2e3,benefit:!0},decidedAt:{maxAheadHours:24},optionsConsidered:{maxChars:1e4},realisedImpact:{maxChars:1e4},reviewOn:{maxAheadHours:43800},title:{required:!0,maxChars:200}},Endorsement:{comment:{maxChars:2e3}},FeedbackReview:{heldAt:{maxAheadHours:43800},notes:{maxChars:1e4},title:{required:!0,maxChars:200}},FollowUp:{action:{required:!0,maxChars:2e3},doneAt:{maxAheadHours:24},dueOn:{maxAheadHours:43800}},Invitation:{email:{maxChars:254,email:!0}},Leader:{email:{required:!0,maxChars:254,email:!0},name:{required:!0,maxChars:200},team:{maxChars:120},title:{maxChars:120}},Mandate:{target:{min:1,max:1e4},team:{maxChars:120}},Nomination:{decisionNote:{maxChars:2e3},story:{required:!0,maxChars:4e3}},Organization:{name:{required:!0,maxChars:200}},Passkey:{name:{required:!0,maxChars:120}},Plan:{note:{maxChars:2e3},plannedAt:{maxAheadHours:43800}},WebhookEndpoint:{description:{maxChars:120},url:{required:!0,maxChars:2e3}}}},hn={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},gn=new Set(hn.placeholders);function _n(e){let t=e.trim();if([...t].length<hn.minLength)return hn.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return gn.has(r)||i.length<hn.minLetters||new Set(i).size<hn.minDistinctLetters?hn.message:``}hn.examples;var vn=mn.entities,yn=RegExp(`^${mn.blank}+|${mn.blank}+$`,`gu`),bn=new RegExp(mn.emailPattern,`u`),xn=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>String(t[n])),R=e=>e.replace(yn,``);function Sn(e,t,n,r=new Date){let i=vn[e]?.[t];if(!i)return``;let a=mn.messages,o=typeof n==`string`?R(n):n;if(o==null||o===``)return i.benefit?_n(``):i.required?a.required:``;if(i.maxAheadHours!==void 0){let e=new Date(o).getTime(),t=new Date(mn.earliestDate+`T00:00:00Z`).getTime(),n=r.getTime()+i.maxAheadHours*36e5;return Number.isNaN(e)||e<t?xn(a.notBefore,{date:mn.earliestDate}):e>n?xn(a.notAfter,{date:new Date(n).toISOString().slice(0,10)}):``}if(i.min!==void 0||i.max!==void 0){let e=Number(o),t=i.min??-1/0,n=i.max??1/0;return Number.isFinite(e)&&e>=t&&e<=n?``:xn(a.range,{min:t,max:n})}let s=String(o);return i.maxChars!==void 0&&[...s].length>i.maxChars?xn(a.maxChars,{max:i.maxChars}):i.email&&!bn.test(s)?a.email:i.benefit?_n(s):``}function z(e,t,n=new Date){let r={};for(let[i,a]of Object.entries(t)){let t=Sn(e,i,a,n);t&&(r[i]=t)}return r}function Cn(e){return e instanceof mt?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function wn({token:e,done:t}){let[n,r]=D(!1),i=new URLSearchParams(location.search).has(`setup`),a=e=>({name:R(String(e.get(`name`)??``)),email:R(String(e.get(`email`)??``)),organization:R(String(e.get(`organization`)??``)),passkeyName:R(String(e.get(`passkeyName`)??``))}),o=pn(e=>{let t=a(e),n=[[`name`,`Leader`,`name`,t.name],[`passkeyName`,`Passkey`,`name`,t.passkeyName]];return i&&n.push([`organization`,`Organization`,`name`,t.organization],[`email`,`Leader`,`email`,t.email]),Object.fromEntries(n.map(([e,t,n,r])=>[e,Sn(t,n,r)]).filter(([,e])=>e))}),s=o.submit(async n=>{let s=a(n);r(!0);try{await bt({invitation:e,name:s.name,email:i?s.email:``,...i?{organization:s.organization}:{},passkeyName:s.passkeyName}),history.replaceState(null,``,`/`),t()}catch(e){o.refuse(e instanceof mt?{[e.field]:e.message}:{"":Cn(e)})}finally{r(!1)}});return k`<h1>${i?`Set up Walker`:`Welcome to Walker`}</h1>
    <p class="muted">${i?`You are the first admin. Name your organization and say who you are.`:`You were invited.`} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} onInput=${o.onInput} ref=${o.ref} aria-label="Create a passkey" novalidate>
      ${i&&k`<label>Organization <input autocomplete="organization" required ...${o.field(`organization`)} />${o.error(`organization`)}</label>`}
      <label>Your name <input autocomplete="name" required ...${o.field(`name`)} />${o.error(`name`)}</label>
      ${i&&k`<label>Your email <input type="email" autocomplete="email" required ...${o.field(`email`)} />${o.error(`email`)}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${o.field(`passkeyName`)} />${o.error(`passkeyName`)}</label>
      ${o.others()}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function Tn({done:e}){let[t,n]=D(``),[r,i]=D(!1),[a]=D(()=>new AbortController);O(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&xt(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await xt(),e()}catch(e){n(Cn(e))}finally{i(!1)}}return k`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&k`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var En=0,Dn=new Set;function On(){function e(e,t){var n=it(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===Ve.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===Ve.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:Ve.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{En++;var t=``;for(var n of e)if(!Dn.has(n)){Dn.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--En==0&&Dn.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:Ve.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}On();var B=On(),kn=/^\d{4}-\d\d-\d\dT\d\d:\d\d/,An=e=>e==null||e===``;function jn(e,t){return An(e)||An(t)?An(e)&&An(t):typeof e==`string`&&typeof t==`string`&&kn.test(e)&&kn.test(t)?Date.parse(e)===Date.parse(t):Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((e,n)=>jn(e,t[n])):e===t||typeof e==`number`&&typeof t==`number`&&Math.abs(e-t)<1e-9}function Mn(e,t,n){return Object.keys(e).map(r=>({name:r,mine:e[r],theirs:n[r]??null,was:t[r]??null,agreed:jn(e[r],n[r])}))}function Nn(e,t,n,r){return r.filter(r=>!(r in e)&&r in t&&!jn(t[r],n[r]))}var Pn=e=>Object.fromEntries(e.map(e=>[e.name,`mine`]));function Fn(e,t){let n={};for(let r of e)(t[r.name]??`mine`)===`mine`&&!jn(r.mine,r.theirs)&&(n[r.name]=r.mine);return n}function In(e){let t={};for(let[n,r]of Object.entries(e))r===null?t[`clear`+n[0].toUpperCase()+n.slice(1)]=!0:t[n]=r;return t}function Ln(e,t){return Object.fromEntries(Object.entries(t).filter(([t,n])=>!jn(e[t],n)))}var Rn=B(`
  fragment CustomerRow on Customer { id version clientID name company segment erased }
`),zn=B(`
  fragment PersonRow on Leader { id version name email jobTitle: title team role champion deactivatedAt }
`),Bn=B(`
  fragment ConversationFields on Conversation {
    id version clientID mode occurredAt durationMinutes heard painPoints sentiment
    leader { id }
  }
`),Vn=B(`
  fragment ConversationRow on Conversation {
    ...ConversationFields
    customers(first: 10) { totalCount edges { node { id } } }
  }
`,[Bn]),Hn=B(`
  fragment ConversationWhole on Conversation {
    ...ConversationFields
    customers(first: 100) { totalCount edges { node { id } } }
  }
`,[Bn]),Un=B(`
  fragment FollowUpRow on FollowUp { id version clientID action ownerID conversationID reviewID dueOn doneAt quickWin newInitiative }
`),Wn=B(`
  fragment DecisionRow on Decision {
    id version clientID createdAt title context customerBenefit clvImpact status decidedAt
    owner { id }
    evidence(first: 0) { totalCount }
  }
`),Gn=B(`
  fragment NominationRow on Nomination { id version clientID createdAt story nominationStatus: status nomineeID customerID conversationID nominator { id } }
`),Kn=B(`
  fragment EndorsementRow on Endorsement { id version clientID createdAt nominationID comment endorser { id } }
`),qn=B(`
  fragment ReviewRow on FeedbackReview {
    id version clientID title heldAt notes
    host { id }
    attendees(first: 0) { totalCount }
    conversations(first: 0) { totalCount }
  }
`),Jn=B(`
  fragment CommitmentRow on Commitment { id version behaviour target period leader { id } }
`),Yn=[`customers`,`people`,`conversations`,`followUps`,`decisions`,`nominations`,`endorsements`,`reviews`,`commitments`],Xn={customers:`CUSTOMER`,people:`LEADER`,conversations:`CONVERSATION`,followUps:`FOLLOW_UP`,decisions:`DECISION`,nominations:`NOMINATION`,endorsements:`ENDORSEMENT`,reviews:`FEEDBACK_REVIEW`,commitments:`COMMITMENT`},Zn=Object.fromEntries(Object.entries(Xn).map(([e,t])=>[t,e])),Qn=e=>String(e?.id??``),$n=e=>(e?.edges??[]).flatMap(e=>e?.node?[e.node.id]:[]),er=e=>Number(e?.totalCount??0);function tr(e,t){let{__typename:n,...r}=t;switch(e){case`conversations`:{let{leader:e,customers:t,...n}=r,i=$n(t),a={...n,leaderID:Qn(e),customerIDs:i};return er(t)>i.length&&(a.partial=!0),a}case`decisions`:{let{owner:e,evidence:t,...n}=r;return{...n,ownerID:Qn(e),evidenceCount:er(t)}}case`nominations`:{let{nominator:e,nominationStatus:t,...n}=r;return{...n,status:t,nominatorID:Qn(e)}}case`people`:{let{jobTitle:e,...t}=r;return{...t,title:e??null}}case`endorsements`:{let{endorser:e,...t}=r;return{...t,endorserID:Qn(e)}}case`reviews`:{let{host:e,attendees:t,conversations:n,...i}=r;return{...i,hostID:Qn(e),attendeeCount:er(t),conversationCount:er(n)}}case`commitments`:{let{leader:e,...t}=r;return{...t,leaderID:Qn(e)}}default:return r}}var nr=`local:`,rr=e=>nr+e,ir=e=>typeof e==`string`&&e.startsWith(nr);function ar(e,t=[]){return ir(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>ar(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>ar(e,t)),t}function or(e,t){return ir(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>or(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,or(n,t)])):e}var sr=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await Kt(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t,n={}){let r=await this.db.get(`outbox`,e);r&&(await this.db.put(`outbox`,{...r,...n,status:`waiting`,error:void 0,field:void 0,current:void 0,variables:t??r.variables}),this.changed())}async cancel(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e),r=!!n&&n.status!==`sending`;return r&&await t.store.delete(e),await t.done,r&&this.changed(),r}async rebase(e,t,n,r){let i=this.db.transaction(`outbox`,`readwrite`);for(let a of await i.store.getAll())a.status!==`sending`&&a.effect?.store===e&&a.effect.op===`patch`&&a.effect.id===t&&a.variables.expectedVersion===n&&await i.store.put({...a,variables:{...a.variables,expectedVersion:r}});await i.done}async claim(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e);if(!n||n.status===`attention`)return await t.done,null;let r={...n,status:`sending`,attempts:n.attempts+1};return await t.store.put(r),await t.done,r}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.claim(n.id);if(!r)continue;let i=await this.resolve(r);if(!i){let e=await this.db.get(`outbox`,r.id);e?.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`,attempts:r.attempts-1});continue}this.changed();let a;try{a=await e({...r,variables:i})}catch{a={kind:`retry`}}if(a.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);a.id&&await e.objectStore(`ids`).put({clientID:r.id,id:a.id}),await e.objectStore(`outbox`).delete(r.id),await e.done,t++;continue}let o=await this.db.get(`outbox`,r.id);if(o){if(a.kind===`refused`)await this.db.put(`outbox`,{...o,status:`attention`,error:a.message,field:a.field,current:a.current});else{await this.db.put(`outbox`,{...o,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=ar(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return or(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}};function cr(e){let t=new Date(e),n=t.getUTCFullYear(),r=t.getUTCMonth();return{mine:new Date(Date.UTC(n,r-11,1)).toISOString(),everyone:new Date(Date.UTC(n,r-1,1)).toISOString()}}var lr=(e,t)=>!!e&&Date.parse(e)>=Date.parse(t);function ur(e,t,n,r){let i=cr(n.now);switch(e){case`conversations`:{let e=t;return e.leaderID===n.me&&lr(e.occurredAt,i.mine)||n.admin&&lr(e.occurredAt,i.everyone)}case`followUps`:{let e=t;return e.ownerID===n.me||!!e.conversationID&&!!r.get(`conversations`,e.conversationID)}case`commitments`:return t.leaderID===n.me;default:return!0}}function dr(e,t,n){let r=Zn[e.entity];if(!r)return{kind:`skip`};let i=n.get(r,e.id),a=Math.max(i?.version??0,n.gone(r,e.id)??0);if(e.version<=a)return{kind:`skip`};if(e.operation===`DELETED`||!e.node)return{kind:`delete`,store:r,id:e.id,version:e.version};let o=tr(r,e.node);return o.version<=a?{kind:`skip`}:ur(r,o,t,n)?{kind:`put`,store:r,record:o}:i?{kind:`delete`,store:r,id:e.id,version:0}:{kind:`skip`}}function fr(e,t,n){let r=new Map,i=new Map,a=(e,t)=>e+`
`+t,o={get:(e,t)=>{let i=a(e,t);return r.has(i)?r.get(i)??void 0:n.get(e,t)},gone:(e,t)=>i.get(a(e,t))??n.gone(e,t)},s=new Map;for(let n of e){let e=dr(n,t,o);if(e.kind===`skip`)continue;let c=a(e.store,e.kind===`put`?e.record.id:e.id);e.kind===`put`?r.set(c,e.record):(r.set(c,null),e.version&&i.set(c,e.version)),s.delete(c),s.set(c,e)}return[...s.values()]}function pr(e,t,n){let r=[],i=new Set;for(let a of t.conversations??[])ur(`conversations`,a,e,n)||(r.push([`conversations`,a.id]),i.add(a.id));let a={get:(e,t)=>e===`conversations`&&i.has(t)?void 0:n.get(e,t)};for(let n of t.followUps??[])ur(`followUps`,n,e,a)||r.push([`followUps`,n.id]);return r}var mr=(e,t)=>({doc:e,variables:t}),hr=e=>{let t=e.definitions.find(e=>e.kind===Ve.OPERATION_DEFINITION);if(!t||t.operation!==`query`)throw Error(`batch: only queries can be batched`);return t};function gr(e){let t=[],n=[],r=new Map,i={};e.forEach((e,a)=>{let o=`q${a}_`,s=ot(hr(e.doc),{Variable:e=>({...e,name:{...e.name,value:o+e.name.value}})});n.push(...s.variableDefinitions??[]);for(let e of s.selectionSet.selections){if(e.kind!==Ve.FIELD)throw Error(`batch: a query's root selections must be fields`);let n=o+(e.alias?.value??e.name.value);t.push({...e,alias:{kind:Ve.NAME,value:n}})}for(let t of e.doc.definitions)t.kind===Ve.FRAGMENT_DEFINITION&&r.set(t.name.value,t);for(let[t,n]of Object.entries(e.variables??{}))i[o+t]=n});let a={kind:Ve.OPERATION_DEFINITION,operation:`query`,name:{kind:Ve.NAME,value:`Batch`},variableDefinitions:n,directives:[],selectionSet:{kind:Ve.SELECTION_SET,selections:t}};return{query:dt({kind:Ve.DOCUMENT,definitions:[a,...r.values()]}),variables:i,fields:t.length}}function _r(e,t){return e.map((e,n)=>{let r=`q${n}_`;return Object.fromEntries(Object.entries(t).filter(([e])=>e.startsWith(r)).map(([e,t])=>[e.slice(r.length),t]))})}var vr=B(`
  query CustomersPage($after: Cursor, $where: CustomerWhereInput) { customers(first: 100, after: $after, where: $where) { edges { cursor node { ...CustomerRow } } } }
`,[Rn]),yr=B(`
  query CustomersBounds($where: CustomerWhereInput) {
    low: customers(first: 1, where: $where) { totalCount edges { node { id } } }
    high: customers(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),br=B(`
  query PeoplePage($after: Cursor, $where: LeaderWhereInput) { leaders(first: 100, after: $after, where: $where) { edges { cursor node { ...PersonRow } } } }
`,[zn]),xr=B(`
  query PeopleBounds($where: LeaderWhereInput) {
    low: leaders(first: 1, where: $where) { totalCount edges { node { id } } }
    high: leaders(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Sr=B(`
  query ConversationsPage($after: Cursor, $where: ConversationWhereInput) { conversations(first: 100, after: $after, where: $where) { edges { cursor node { ...ConversationRow } } } }
`,[Vn]),Cr=B(`
  query ConversationsBounds($where: ConversationWhereInput) {
    low: conversations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: conversations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),wr=B(`
  query FollowUpsPage($after: Cursor, $where: FollowUpWhereInput) { followUps(first: 100, after: $after, where: $where) { edges { cursor node { ...FollowUpRow } } } }
`,[Un]),Tr=B(`
  query FollowUpsBounds($where: FollowUpWhereInput) {
    low: followUps(first: 1, where: $where) { totalCount edges { node { id } } }
    high: followUps(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Er=B(`
  query DecisionsPage($after: Cursor, $where: DecisionWhereInput) { decisions(first: 100, after: $after, where: $where) { edges { cursor node { ...DecisionRow } } } }
`,[Wn]),Dr=B(`
  query DecisionsBounds($where: DecisionWhereInput) {
    low: decisions(first: 1, where: $where) { totalCount edges { node { id } } }
    high: decisions(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Or=B(`
  query NominationsPage($after: Cursor, $where: NominationWhereInput) { nominations(first: 100, after: $after, where: $where) { edges { cursor node { ...NominationRow } } } }
`,[Gn]),kr=B(`
  query NominationsBounds($where: NominationWhereInput) {
    low: nominations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: nominations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Ar=B(`
  query EndorsementsPage($after: Cursor, $where: EndorsementWhereInput) { endorsements(first: 100, after: $after, where: $where) { edges { cursor node { ...EndorsementRow } } } }
`,[Kn]),jr=B(`
  query EndorsementsBounds($where: EndorsementWhereInput) {
    low: endorsements(first: 1, where: $where) { totalCount edges { node { id } } }
    high: endorsements(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Mr=B(`
  query ReviewsPage($after: Cursor, $where: FeedbackReviewWhereInput) { feedbackReviews(first: 100, after: $after, where: $where) { edges { cursor node { ...ReviewRow } } } }
`,[qn]),Nr=B(`
  query ReviewsBounds($where: FeedbackReviewWhereInput) {
    low: feedbackReviews(first: 1, where: $where) { totalCount edges { node { id } } }
    high: feedbackReviews(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Pr=B(`
  query CommitmentsPage($after: Cursor, $where: CommitmentWhereInput) { commitments(first: 100, after: $after, where: $where) { edges { cursor node { ...CommitmentRow } } } }
`,[Jn]),Fr=B(`
  query CommitmentsBounds($where: CommitmentWhereInput) {
    low: commitments(first: 1, where: $where) { totalCount edges { node { id } } }
    high: commitments(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Ir=e=>{let t=cr(e.now),n={hasLeaderWith:[{id:e.me}],occurredAtGTE:t.mine};return e.admin?{or:[n,{occurredAtGTE:t.everyone}]}:n},Lr=()=>null,Rr=e=>e,zr=[Rr({store:`people`,page:br,bounds:xr,where:Lr,cost:202}),Rr({store:`commitments`,page:Pr,bounds:Fr,where:e=>({hasLeaderWith:[{id:e.me}]}),cost:302}),Rr({store:`conversations`,page:Sr,bounds:Cr,where:Ir,cost:2502}),Rr({store:`followUps`,page:wr,bounds:Tr,cost:202,where:e=>({or:[{hasOwnerWith:[{id:e.me}]},{hasConversationWith:[Ir(e)]}]})}),Rr({store:`decisions`,page:Er,bounds:Dr,where:Lr,cost:502}),Rr({store:`nominations`,page:Or,bounds:kr,where:Lr,cost:302}),Rr({store:`endorsements`,page:Ar,bounds:jr,where:Lr,cost:302}),Rr({store:`reviews`,page:Mr,bounds:Nr,where:Lr,cost:702}),Rr({store:`customers`,page:vr,bounds:yr,where:Lr,cost:202})];function Br(e,t,n,r=2e3,i=24){let a=Number(e),o=Number(t),s=Math.max(1,Math.min(i,Math.ceil(n/r),o-a+1||1));if(!Number.isSafeInteger(a)||!Number.isSafeInteger(o)||s===1)return[{idGTE:null,idLT:null}];let c=(o-a+1)/s,l=Array.from({length:s-1},(e,t)=>String(Math.floor(a+c*(t+1))));return[...l.map((e,t)=>({idGTE:t===0?null:l[t-1],idLT:e})),{idGTE:l[s-2],idLT:null}]}function Vr(e,t){let n={...e??{}};return t.idGTE!==null&&(n.idGTE=t.idGTE),t.idLT!==null&&(n.idLT=t.idLT),Object.keys(n).length?n:null}var Hr=B(`query ChangesCursor { changesCursor }`),Ur=B(`
  query Changes($after: String, $entities: [ChangeEntity!]) {
    changes(after: $after, first: 100, entities: $entities) {
      edges { node { entity operation id version node {
        __typename ...CustomerRow ...PersonRow ...ConversationRow ...FollowUpRow ...DecisionRow ...NominationRow ...EndorsementRow ...ReviewRow ...CommitmentRow
      } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,[Rn,zn,Vn,Un,Wn,Gn,Kn,qn,Jn]),Wr=B(`
  query WholeConversation($id: ID!) { node(id: $id) { __typename ...ConversationWhole } }
`,[Hn]),Gr={cost:9e3,fields:28},Kr=Yn.map(e=>Xn[e]),qr=e=>`${e.me}:${e.admin?`admin`:`member`}`;function Jr(e,t=Gr){let n=[],r=[],i=0,a=0;for(let o of e)r.length&&(i+o.cost>t.cost||a+o.fields>t.fields)&&(n.push(r),r=[],i=a=0),r.push(o),i+=o.cost,a+=o.fields;return r.length&&n.push(r),n}async function Yr(e,t){let n=gr(t);try{return _r(t,await e(n.query,n.variables))}catch(n){if(!(n instanceof wt&&n.code===`COST_LIMIT`)||t.length===1)throw n;let r=Math.ceil(t.length/2);return[...await Yr(e,t.slice(0,r)),...await Yr(e,t.slice(r))]}}var Xr=e=>new Promise(t=>setTimeout(t,e)),Zr=20,Qr=6e4,$r=.1,ei=class{replica;send;sleep;running=null;again=!1;progress=null;listeners=new Set;budget=null;waited={ms:0,refused:0};constructor(e,t,n=Xr){this.replica=e,this.send=t,this.sleep=n}spent(e){let t=e.throttleStatus;t&&(this.budget={available:t.currentlyAvailable,max:t.maximumAvailable,rate:t.restoreRate,at:performance.now()})}async wait(e){this.waited.ms+=e,await this.sleep(e)}async room(e){let t=this.budget;if(!t||t.rate<=0)return;let n=Math.min(t.max,e+t.max*$r),r=Math.min(t.max,t.available+t.rate*(performance.now()-t.at)/1e3);r<n&&await this.wait(Math.min(Qr,Math.ceil((n-r)/t.rate*1e3)))}post=async(e,t)=>{for(let n=1;;n++)try{return await this.send(e,t)}catch(e){if(!(e instanceof wt&&e.code===`RATE_LIMITED`)||n>=Zr)throw e;this.waited.refused++,await this.wait(Math.min(Qr,e.retryAfter||1e3))}};onProgress(e){return this.listeners.add(e),()=>this.listeners.delete(e)}report(e){this.progress=e,this.listeners.forEach(e=>e())}pull(e){return this.running?(this.again=!0,this.running):(this.running=(async()=>{let t=performance.now(),n=0;do{this.again=!1;try{n+=await this.once(e())}catch(e){if(!this.again)throw e}}while(this.again);let r=n?{pulled:{changes:n,ms:Math.round(performance.now()-t)}}:{};this.replica.meta&&await this.replica.write([],{syncedAt:Date.now(),...r})})().finally(()=>this.running=null),this.running)}async once(e){await this.replica.load();let t=this.replica.meta;if(!t||t.state!==`ready`||t.scope!==qr(e))return this.fill(e);try{return await this.follow(e)}catch(t){if(!(t instanceof wt&&t.code===`RESYNC_REQUIRED`))throw t;return this.fill(e)}}async fill(e){let t=performance.now();this.waited={ms:0,refused:0};let n=String((await this.post(dt(Hr),{})).changesCursor),r={state:`filling`,scope:qr(e),cursor:n,filledAt:0,fillMs:0,syncedAt:0,pulled:{changes:0,ms:0},budget:{waitedMs:0,refused:0}};await this.replica.clear(r);let i={start:performance.now()-t,bounds:0,pages:0,writes:0,complete:0,rounds:0},a=performance.now(),o=()=>{let e=performance.now(),t=e-a;return a=e,t},s=await Yr(this.post,zr.map(t=>mr(t.bounds,{where:t.where(e)}))),c=[],l=0;zr.forEach((t,n)=>{let r=s[n],i=r.low.totalCount;if(i&&r.low.edges[0]&&r.high.edges[0]){l+=i;for(let n of Br(r.low.edges[0].node.id,r.high.edges[0].node.id,i))c.push({list:t,where:Vr(t.where(e),n),after:null})}}),i.bounds=o();let u=0;this.report({read:u,total:l});let d=c,f=Promise.resolve();for(;d.length;){let e=Jr(d.map(e=>({c:e,cost:e.list.cost,fields:1})))[0].map(e=>e.c);o(),await this.room(e.reduce((e,t)=>e+t.list.cost,0));let t=await Yr(this.post,e.map(e=>mr(e.list.page,{after:e.after,where:e.where})));i.pages+=o(),i.rounds++;let n=[];e.forEach((e,r)=>{let i=Object.values(t[r])[0].edges??[];for(let t of i)t?.node&&n.push({kind:`put`,store:e.list.store,record:tr(e.list.store,t.node)});e.after=i.length===100?i[99]?.cursor??null:null}),await f,i.writes+=o(),f=this.replica.write(n),u+=n.length,this.report({read:u,total:Math.max(l,u)});let r=new Set(e.filter(e=>e.after===null));d=d.filter(e=>!r.has(e))}o(),await f,i.writes+=o(),await this.complete(),i.complete=o();let p=Date.now(),m=e=>Math.round(e);return await this.replica.write([],{state:`ready`,filledAt:p,fillMs:Math.round(performance.now()-t),syncedAt:p,budget:{waitedMs:this.waited.ms,refused:this.waited.refused},phases:{start:m(i.start),bounds:m(i.bounds),pages:m(i.pages),writes:m(i.writes),complete:m(i.complete),rounds:i.rounds}}),this.report(null),this.follow(e)}async follow(e){let t=0;for(;;){let n=this.replica.meta.cursor,r=await this.post(dt(Ur),{after:n,entities:Kr}),i=r.changes.edges.map(e=>e.node);t+=i.length;let a=fr(i,e,this.replica);if(await this.replica.write(a,{cursor:r.changes.pageInfo.endCursor}),a.length&&await this.complete(),!r.changes.pageInfo.hasNextPage)break}return await this.prune(e),t}async complete(){let e=[...this.replica.all(`conversations`).values()].filter(e=>e.partial);for(let t=0;t<e.length;t+=5){let n=(await Yr(this.post,e.slice(t,t+5).map(e=>mr(Wr,{id:e.id})))).flatMap(e=>{let t=e.node;if(!t)return[];let{partial:n,...r}=tr(`conversations`,t);return[{kind:`put`,store:`conversations`,record:r}]});await this.replica.write(n)}}async prune(e){let t=this.replica,n=pr(e,{conversations:t.all(`conversations`).values(),followUps:t.all(`followUps`).values()},t).map(([e,t])=>({kind:`delete`,store:e,id:t,version:0}));n.length&&await t.write(n)}},ti=`walker-replica`,ni=(e,t)=>e+`:`+t,ri=class{name;db=null;mem=new Map;byClient=new Map;tombs=new Map;listeners=new Set;loading=null;revs=new Map;meta=null;rev=0;constructor(e=ti){this.name=e;for(let e of Yn)this.mem.set(e,new Map)}open(){return this.db??=Kt(this.name,2,{upgrade(e){let t=t=>e.objectStoreNames.contains(t);for(let n of Yn)t(n)||e.createObjectStore(n,{keyPath:`id`});t(`tombstones`)||e.createObjectStore(`tombstones`,{keyPath:`key`}),t(`meta`)||e.createObjectStore(`meta`)},blocking:()=>this.evicted(),terminated:()=>this.evicted()}).then(e=>(e.addEventListener(`close`,()=>this.evicted()),e)),this.db}evicted(){let e=this.db;this.db=null,this.loading=null,e?.then(e=>e.close(),()=>{}),this.reset(),this.meta=null,this.changed()}reset(){for(let e of Yn)this.mem.set(e,new Map),this.touch(e);this.byClient.clear(),this.tombs.clear()}load(){return this.loading??=(async()=>{let e=(await this.open()).transaction([...Yn,`tombstones`,`meta`]),[t,n,...r]=await Promise.all([e.objectStore(`meta`).get(`meta`),e.objectStore(`tombstones`).getAll(),...Yn.map(t=>e.objectStore(t).getAll())]);this.reset(),Yn.forEach((e,t)=>r[t].forEach(t=>this.keep(e,t))),n.forEach(e=>this.tombs.set(e.key,e.version)),this.meta=t??null,this.changed()})(),this.loading}storeRev(e){return this.revs.get(e)??0}touch(e){this.revs.set(e,this.storeRev(e)+1)}keep(e,t){if(this.mem.get(e).set(t.id,t),t.clientID){let n=this.byClient.get(e);n||this.byClient.set(e,n=new Map),n.set(t.clientID,t.id)}}drop(e,t){let n=this.mem.get(e).get(t);this.mem.get(e).delete(t),n?.clientID&&this.byClient.get(e)?.delete(n.clientID)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.rev++,this.listeners.forEach(e=>e())}get(e,t){return this.mem.get(e).get(t)}gone(e,t){return this.tombs.get(ni(e,t))}all(e){return this.mem.get(e)}idOfClient(e,t){return this.byClient.get(e)?.get(t)}async write(e,t){let n=[],r=new Set;for(let t of e){if(t.kind===`put`){let e=this.get(t.store,t.record.id);if(e&&e.version>t.record.version||(this.gone(t.store,t.record.id)??0)>=t.record.version)continue;this.keep(t.store,t.record),this.tombs.delete(ni(t.store,t.record.id))&&r.add(t)}else if(t.kind===`delete`)this.drop(t.store,t.id),t.version&&this.tombs.set(ni(t.store,t.id),Math.max(t.version,this.gone(t.store,t.id)??0));else continue;this.touch(t.store),n.push(t)}let i=t?{...this.meta,...t}:null;i&&(this.meta=i),(n.length||i)&&this.changed();let a=(await this.open()).transaction([...Yn,`tombstones`,`meta`],`readwrite`),o=new Map,s=e=>{let t=o.get(e);return t||o.set(e,t=Gt(a.objectStore(e))),t};for(let e of n)if(e.kind===`put`)s(e.store).put(e.record),r.has(e)&&s(`tombstones`).delete(ni(e.store,e.record.id));else if(e.kind===`delete`){s(e.store).delete(e.id);let t=this.gone(e.store,e.id);t&&s(`tombstones`).put({key:ni(e.store,e.id),version:t})}i&&s(`meta`).put(i,`meta`),await a.done}async clear(e){let t=(await this.open()).transaction([...Yn,`tombstones`,`meta`],`readwrite`);await Promise.all([...Yn.map(e=>t.objectStore(e).clear()),t.objectStore(`tombstones`).clear(),e?t.objectStore(`meta`).put(e,`meta`):t.objectStore(`meta`).clear(),t.done]),this.reset(),this.meta=e,this.changed()}counts(){return Object.fromEntries(Yn.map(e=>[e,this.mem.get(e).size]))}},ii=sr.open(),V=new ri,ai=new ei(V,kt);Et(e=>ai.spent(e));var H=()=>crypto.randomUUID(),oi=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function si(e,t,n){if(e.op===`delete`){let t=V.get(e.store,e.id);await V.write([{kind:`delete`,store:e.store,id:e.id,version:(t?.version??0)+1}]);return}if(!t||typeof t!=`object`)return;let r=tr(e.store,t);r.id&&typeof r.version==`number`&&(await V.write([{kind:`put`,store:e.store,record:r}]),e.op===`patch`&&typeof n==`number`&&await(await ii).rebase(e.store,e.id,n,r.version))}async function ci(e){try{let t=await kt(e.query,e.variables),n=Object.values(t)[0];return e.effect&&await si(e.effect,n,e.variables.expectedVersion).catch(()=>{}),{kind:`stored`,id:typeof n==`object`?n?.id:void 0}}catch(e){return e instanceof Ct?{kind:`retry`}:e instanceof wt&&!oi.has(e.code)&&e.status<500?{kind:`refused`,message:e.message,field:e.field||void 0,current:e.current}:{kind:`retry`}}}var li=new Set;function ui(e){return li.add(e),()=>li.delete(e)}async function di(){let e=await(await ii).replay(ci);return e>0&&(li.forEach(e=>e()),vi()),e}var fi=null,pi={offline:!1,error:``},mi=new Set,hi=()=>pi;function gi(e){return mi.add(e),()=>mi.delete(e)}function _i(e){(e.offline!==pi.offline||e.error!==pi.error)&&(pi=e,mi.forEach(e=>e()))}async function vi(){if(fi)try{await ai.pull(fi),_i({offline:!1,error:``})}catch(e){e instanceof Ct?_i({offline:!0,error:``}):_i({offline:!1,error:e instanceof Error?e.message:String(e)})}}async function yi(){let e=await di();return await vi(),e}async function bi(e,t,n,r,i,a){let o=await(await ii).add({id:e,label:t,query:dt(n),variables:r,draft:i,effect:a});return di(),o}async function xi(e,t,n,r,i,a,o){e?(await(await ii).retry(e.id,i,{label:n,draft:a,...o?{effect:o}:{}}),di()):await bi(t,n,r,i,a,o)}async function Si(){try{return await navigator.storage?.persisted?.()||(await navigator.storage?.persist?.()??!1)}catch{return!1}}var Ci=!1;async function wi(e){if(fi=e,Ci)return;Ci=!0,await(await ii).recover();let t=()=>void yi();addEventListener(`online`,t),addEventListener(`focus`,t),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&t()),V.subscribe(()=>V.meta===null&&navigator.onLine&&t()),setInterval(t,3e4),await yi(),Si()}async function Ti(){fi=null,await V.clear(null)}var Ei=B(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!, $expectedVersion: Int) {
    updateDecision(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DecisionRow }
  }
`,[Wn]),Di=B(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!, $expectedVersion: Int) {
    updateCommitment(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CommitmentRow }
  }
`,[Jn]),Oi=B(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!, $expectedVersion: Int) {
    updateConversation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ConversationRow }
  }
`,[Vn]),ki={decisions:Ei,commitments:Di,conversations:Oi},Ai={conversations:B(`mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }`),followUps:B(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) }`),decisions:B(`mutation DeleteDecision($id: ID!) { deleteDecision(id: $id) }`),nominations:B(`mutation DeleteNomination($id: ID!) { deleteNomination(id: $id) }`),endorsements:B(`mutation DeleteEndorsement($id: ID!) { deleteEndorsement(id: $id) }`),reviews:B(`mutation DeleteFeedbackReview($id: ID!) { deleteFeedbackReview(id: $id) }`),commitments:B(`mutation DeleteCommitment($id: ID!) { deleteCommitment(id: $id) }`)},ji={conversations:B(`mutation RestoreConversation($id: ID!) { restoreConversation(id: $id) { ...ConversationRow } }`,[Vn]),followUps:B(`mutation RestoreFollowUp($id: ID!) { restoreFollowUp(id: $id) { ...FollowUpRow } }`,[Un]),decisions:B(`mutation RestoreDecision($id: ID!) { restoreDecision(id: $id) { ...DecisionRow } }`,[Wn]),nominations:B(`mutation RestoreNomination($id: ID!) { restoreNomination(id: $id) { ...NominationRow } }`,[Gn]),endorsements:B(`mutation RestoreEndorsement($id: ID!) { restoreEndorsement(id: $id) { ...EndorsementRow } }`,[Kn]),reviews:B(`mutation RestoreFeedbackReview($id: ID!) { restoreFeedbackReview(id: $id) { ...ReviewRow } }`,[qn]),commitments:B(`mutation RestoreCommitment($id: ID!) { restoreCommitment(id: $id) { ...CommitmentRow } }`,[Jn])};function Mi(e){let{pending:t,refused:n,...r}=e;return r}async function Ni(e,t,n,r,i={}){let a=Mi(t),o=Ln(a,n);if(Object.keys(o).length===0)return!1;let s=H(),c={id:t.id,input:In(o),expectedVersion:t.version};return await bi(s,r,ki[e],c,{...i,patch:o,was:a},{store:e,op:`patch`,id:t.id,fields:o}),!0}async function Pi(e,t,n){let r=Mi(t),i=await bi(H(),`Delete: ${n}`,Ai[e],{id:t.id},{record:r},{store:e,op:`delete`,id:t.id});return async()=>{await(await ii).cancel(i.id)||await bi(H(),`Restore: ${n}`,ji[e],{id:t.id},{record:r},{store:e,op:`put`,record:r})}}function Fi(e,t){let n=t;return{conversations:n.leaderID,followUps:n.ownerID,decisions:n.ownerID,nominations:n.nominatorID,endorsements:n.endorserID,reviews:n.hostID,commitments:n.leaderID,customers:null,people:null}[e]}var Ii=(e,t,n,r)=>r||Fi(e,t)===n,Li=(e,t,n,r)=>Fi(e,t)===n||r&&e===`followUps`,Ri=e=>e.op===`put`?e.record.id:e.id;function zi(e,t,n,r){let i=t,a=!1,o=()=>(a||(i=new Map(t)),a=!0,i);for(let a of n){let n=a.effect;if(!n||n.store!==e)continue;let s=Ri(n);if(a.status===`attention`){let e=i.get(s);e&&o().set(s,{...e,refused:a})}else switch(n.op){case`put`:if(n.record.clientID&&r(n.record.clientID)||t.has(s))break;o().set(s,{...n.record,pending:a});break;case`patch`:{let e=i.get(s);e&&o().set(s,{...e,...n.fields,pending:a});break}case`delete`:i.has(s)&&o().delete(s)}}return i}var Bi=null,Vi=0,Hi=new Set,Ui=()=>Hi.forEach(e=>e());ii.then(e=>{let t=()=>e.list().then(e=>{Bi=e,Vi++,Ui()});e.subscribe(t),t()}),V.subscribe(Ui),ai.onProgress(Ui),gi(Ui),V.load();var Wi=()=>Bi,Gi=new Map,Ki=e=>V.storeRev(e)+`:`+Vi;function U(e){let t=Ki(e),n=Gi.get(e);if(n?.key===t)return n.map;let r=zi(e,V.all(e),Bi??[],t=>!!V.idOfClient(e,t));return Gi.set(e,{key:t,map:r}),r}function qi(e,t){if(!t)return;let n=U(e),r=n.get(t);if(r||!ir(t))return r;let i=V.idOfClient(e,t.slice(t.indexOf(`:`)+1));return i?n.get(i):void 0}var Ji=()=>V.meta?.state===`ready`;function W(){let[,e]=D(0);O(()=>{let t=()=>e(e=>e+1);return Hi.add(t),()=>void Hi.delete(t)},[])}function Yi(){let[e,t]=D(location.hash);O(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var G=e=>{location.hash=e};function Xi(e,t){let[n,r]=D({data:null,asOf:null,error:``}),[i,a]=D(0),o=JSON.stringify(t);O(()=>ui(()=>a(e=>e+1)),[]),O(()=>{let n=!0;return ln(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r({data:null,asOf:null,error:e instanceof Error?e.message:String(e)})),()=>{n=!1}},[o,i]);let s=()=>{r(e=>e.error?{data:null,asOf:null,error:``}:e),a(e=>e+1)};return{...n,reload:s}}function Zi(){return W(),Wi()??[]}var Qi=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function $i(){let[e,t]=D(navigator.onLine);return O(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var ea=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,year:`numeric`}),ta=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),K=e=>ea.format(new Date(e)),q=e=>ta.format(new Date(e)),na={MET:`met`,ON_TRACK:`on track`,BEHIND:`behind`,AT_RISK:`at risk`,MISSED:`missed`},ra=new Intl.DateTimeFormat(`en`,{month:`long`,year:`numeric`,timeZone:`UTC`}),ia=new Intl.DateTimeFormat(`en`,{month:`short`,timeZone:`UTC`}),aa=e=>ra.format(new Date(e+`-01T00:00:00Z`)),oa=e=>ia.format(new Date(e+`-01T00:00:00Z`)),J=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),sa=()=>new Date().toISOString().slice(0,7);function ca({what:e,error:t,retry:n}){return k`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${e}.</strong> ${t}</p>
    <button type="button" class="secondary" onClick=${n}>Retry</button>
  </div>`}function la(){return k`<div class="skeleton" role="status" aria-live="polite" data-testid="skeleton"><span class="sr-only">Loading…</span>
    <span class="bone" aria-hidden="true"></span><span class="bone short" aria-hidden="true"></span><span class="bone" aria-hidden="true"></span></div>`}function ua({r:e,what:t=`this screen`}){return e.error?k`<${ca} what=${t} error=${e.error} retry=${e.reload} />`:e.data?e.asOf?k`<p class="asof" data-testid="as-of">Offline: as of ${q(e.asOf)}</p>`:null:k`<${la} />`}var da={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`};function fa({what:e}){W();let t=hi(),n=V.meta?.syncedAt;return t.error?k`<${ca} what=${e} error=${t.error} retry=${()=>void yi()} />${n?k`<p class="asof">Showing what this device has, as of ${q(n)}.</p>`:``}`:Ji()?t.offline&&n?k`<p class="asof" data-testid="as-of">Offline: as of ${q(n)}</p>`:null:t.offline?k`<p class="asof" data-testid="as-of">Offline: this device has nothing of ${e} yet. It gets them when Walker reaches the server.</p>`:k`<${la} />`}var Y=({e})=>k`<span class=${`badge `+e.status}>${da[e.status]}</span>`,pa=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function ma(e){if(e===null)return`Checking…`;let t=e.filter(e=>e.status===`attention`).length;return(e.length===0?`All synced`:`${e.length} waiting to sync`)+(t?` · ${t} to fix`:``)}var X=e=>e.toLocaleString(`en`),Z=(e,t,n=t+`s`)=>`${X(e)} ${e===1?t:n}`;function ha(){W();let e=ai.progress;return Ji()||!e?null:k`<p class="notice" role="status" data-testid="filling">Getting your data onto this device: ${X(e.read)} of ${X(e.total)} records…</p>`}var ga=null,_a=0,va=new Set;function ya(e,t){ga={text:e,action:t},clearTimeout(_a),_a=window.setTimeout(()=>(ga=null,va.forEach(e=>e())),1e4),va.forEach(e=>e())}function ba(){let[,e]=D(0);if(O(()=>{let t=()=>e(e=>e+1);return va.add(t),()=>void va.delete(t)},[]),!ga)return null;let t=ga;return k`<div class="toast" role="status" data-testid="toast"><span>${t.text}</span>${t.action&&k`<button type="button" class="secondary" onClick=${()=>{ga=null,va.forEach(e=>e()),t.action?.run()}}>${t.action.label}</button>`}</div>`}function Q({section:e,children:t}){let n=$i();W();let r=Wi(),i=r?.some(e=>e.status===`attention`);return k`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${i?`sync attention`:`sync`} data-testid="pending">${ma(r)}</a>
    </header>
    <${ha} />
    <div class="screen">${t}</div>
    <${ba} />
    <nav class="tabs" aria-label="Sections">
      ${pa.map(([t,n,r])=>k`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}function xa(e,t=50){let[n,r]=D(t);return[n,()=>n<e?k`<button type="button" class="secondary more" onClick=${()=>r(n+t)}>Show ${X(Math.min(t,e-n))} more (${X(e-n)} not shown)</button>`:null]}function Sa(e,t,n){let r=JSON.stringify(t),[i,a]=D(1),[o,s]=D(0),[c,l]=D({key:r,pages:[],error:``,asOf:null});O(()=>ui(()=>s(e=>e+1)),[]),O(()=>a(1),[r]),O(()=>{let a=!0;return(async()=>{let o=[],s=null,c=null;for(let u=0;u<i;u++){let i=await ln(e,{...t,after:c});if(!a)return;let u=n(i.data);if(o.push(u),s=i.asOf??s,l({key:r,pages:[...o],error:``,asOf:s}),!u.pageInfo.hasNextPage)break;c=u.pageInfo.endCursor??null}})().catch(e=>a&&l({key:r,pages:[],error:e instanceof Error?e.message:String(e),asOf:null})),()=>{a=!1}},[r,i,o]);let u=c.key===r?c.pages:[],d=u.at(-1);return{items:u.flatMap(e=>(e.edges??[]).flatMap(e=>e?.node?[e.node]:[])),total:d?.totalCount??0,loaded:u.length>0,error:c.key===r?c.error:``,asOf:c.asOf,more:d?.pageInfo.hasNextPage&&u.length===i?()=>a(i+1):null,reload:()=>s(e=>e+1)}}function Ca({p:e,what:t,count:n}){return e.error?k`<${ca} what=${t} error=${e.error} retry=${e.reload} />`:e.loaded?k`${e.asOf&&k`<p class="asof" data-testid="as-of">Offline: as of ${q(e.asOf)}</p>`}
    <p class="muted">${n?n(e.items.length,e.total):`${X(e.items.length)} of ${X(e.total)} shown.`}</p>`:k`<${la} />`}var wa=({p:e,label:t=`Show more`})=>e.more?k`<button type="button" class="secondary more" onClick=${e.more}>${t} (${X(e.total-e.items.length)} not shown)</button>`:null;function Ta({series:e,label:t}){let n=Math.max(1,...e.map(e=>e.count));return k`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*30+28} 140`} role="img" aria-label=${t}>
      <line class="axis" x1="26" y1=${104} x2=${e.length*30+28} y2=${104} />
      <line class="axis" x1="26" y1=${20} x2="26" y2=${104} />
      <text class="tick" x="22" y=${24} text-anchor="end">${X(n)}</text>
      <text class="tick" x="22" y=${104} text-anchor="end">0</text>
      ${e.map((e,t)=>{let r=e.count/n*84,i=28+t*30,[a,o]=e.period.split(`-`),s=t===0||o===`01`;return k`<rect x=${i+4} y=${104-r} width=${22} height=${r} rx="2"><title>${aa(e.period)}: ${X(e.count)}</title></rect>
          <text class="value" x=${i+15} y=${104-r-3} text-anchor="middle">${X(e.count)}</text>
          <text x=${i+15} y=${118} text-anchor="middle">${oa(e.period)}</text>
          ${s&&k`<text class="year" x=${i+15} y=${133} text-anchor="middle">${a}</text>`}`})}
    </svg>
    <table class="sr-only"><caption>${t}</caption>
      <tbody>${e.map(e=>k`<tr><th scope="row">${aa(e.period)}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}var Ea=null,Da=new Set;globalThis.addEventListener?.(`beforeinstallprompt`,e=>{e.preventDefault(),Ea=e,Da.forEach(e=>e())}),globalThis.addEventListener?.(`appinstalled`,()=>(Ea=null,Da.forEach(e=>e())));var Oa=()=>matchMedia(`(display-mode: standalone)`).matches||navigator.standalone===!0;function ka(){let[,e]=D(0);if(O(()=>{let t=()=>e(e=>e+1);return Da.add(t),()=>void Da.delete(t)},[]),Oa())return null;if(/iphone|ipad|ipod/i.test(navigator.userAgent))return k`<section class="card" aria-label="Install Walker" data-testid="ios-install"><h2>Install Walker</h2>
      <p>In Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>. On iPhone and iPad, Walker can remind you only once it is installed this way.</p></section>`;if(Ea){let t=Ea;return k`<section class="card" aria-label="Install Walker"><h2>Install Walker</h2>
      <p>Open Walker from your home screen like any app, offline too.</p>
      <button type="button" onClick=${async()=>{await t.prompt(),await t.userChoice.catch(()=>null),Ea=null,e(e=>e+1)}}>Install Walker</button></section>`}return null}var Aa=e=>e.normalize(`NFD`).replace(/\p{M}/gu,``).toLowerCase(),ja=class{entries;constructor(e,t,n=t){this.entries=[...e].map(e=>({item:e,name:Aa(t(e)),text:Aa(n(e))})),this.entries.sort((e,t)=>e.name<t.name?-1:+(e.name>t.name))}get size(){return this.entries.length}find(e,t,n){let r=Aa(e.trim()),i=` `+r,a=`(`+r,o=[],s=[],c=0;for(let e of this.entries){let l=r?e.text.indexOf(r):0;l<0||n&&!n(e.item)||(c++,o.length>=t||(l===0||e.text.includes(i)||e.text.includes(a)?o.push(e.item):s.length<t&&s.push(e.item)))}return{items:[...o,...s].slice(0,t),total:c}}},Ma=B(`
  query CustomerSearch($term: String!) {
    customers(first: 6, where: { or: [{ nameContainsFold: $term }, { companyContainsFold: $term }] }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount edges { node { ...CustomerRow } }
    }
  }
`,[Rn]);function Na(e){let[t,n]=D(null),r=Ji();return O(()=>{if(r||!e)return;let t=!0,i=setTimeout(()=>L(Ma,{term:e}).then(r=>{let i=(r.customers.edges??[]).flatMap(e=>e?.node?[tr(`customers`,e.node)]:[]);t&&n({term:e,found:{items:i,total:r.customers.totalCount}})},()=>{}),150);return()=>{t=!1,clearTimeout(i)}},[e,r]),!r&&t?.term===e?t.found:null}function Pa(e,t,n){let r={},i=()=>{let i=V.storeRev(e);return r.rev===i&&r.index||(r.index=new ja(V.all(e).values(),t,n),r.rev=i),r.index};return Object.assign((r,a,o)=>{let s=i(),c=U(e),l=V.all(e),u=c===l?{items:[],total:0}:new ja([...c.values()].filter(e=>l.get(e.id)!==e),t,n).find(r,a,o),d=c!==l,f=s.find(r,a,d||o?e=>(!d||c.get(e.id)===e)&&(!o||o(e)):void 0);return{items:[...u.items,...f.items].slice(0,a),total:u.total+f.total}},{warm:()=>void i()})}var Fa=e=>e.name+(e.company?` (${e.company})`:``),Ia=Pa(`customers`,e=>e.name,Fa),La=Pa(`people`,e=>e.name,e=>`${e.name} ${e.email} ${e.title??``} ${e.team??``}`),Ra,za=e=>`requestIdleCallback`in window?requestIdleCallback(e,{timeout:2e3}):setTimeout(e,0);V.subscribe(()=>{V.meta?.state===`ready`&&(clearTimeout(Ra),Ra=setTimeout(()=>za(()=>{Ia.warm(),La.warm()}),500))});var $=(e,t,n=``)=>qi(e,t)?.name??n;function Ba({label:e,placeholder:t,find:n,useRemote:r,onPick:i,show:a=e=>e.name,footer:o,invalid:s,describedBy:c,testid:l,autofocus:u}){let[d,f]=D(``);W();let p=d.trim(),m=r?.(p)??null,h=p?n(p,6):null,g=h&&m&&m.total>h.total?{items:[...h.items,...m.items.filter(e=>!h.items.some(t=>t.id===e.id))].slice(0,6),total:m.total}:h;return k`<div class="pick" data-testid=${l}>
    <label>${e} <input type="search" value=${d} onInput=${e=>f(e.target.value)} placeholder=${t} autocomplete="off"
      autofocus=${u} aria-invalid=${s?`true`:void 0} aria-describedby=${c} /></label>
    ${g&&k`<p class="muted found" aria-live="polite">${g.total===0?`None found.`:g.total>g.items.length?`${X(g.total)} found: the first ${g.items.length} shown, type more to narrow.`:`${X(g.total)} found.`}</p>`}
    <ul class="options" aria-label=${e+`: found`}>
      ${g?.items.map(e=>k`<li><button type="button" class="option" onClick=${()=>(i(e),f(``))}>${a(e)}</button></li>`)}
      ${g&&o?.(p,g)}
    </ul>
  </div>`}function Va({label:e,name:t,value:n,onChange:r,me:i,exclude:a,invalid:o,describedBy:s}){let[c,l]=D(!n);W();let u=n?qi(`people`,n):void 0,d=e=>!e.deactivatedAt&&e.id!==a;return k`<fieldset class="person-field">
    <legend>${e}</legend>
    ${t&&k`<input type="hidden" name=${t} value=${n} />`}
    ${n&&k`<p class="chosen" data-testid=${`chosen-`+(t??e)}><strong>${u?u.name+(n===i?` (me)`:``):n===i?`Me`:`The person chosen`}</strong>
      ${!c&&k` <button type="button" class="link change" onClick=${()=>l(!0)}>Change</button>`}</p>`}
    ${c&&k`<${Ba} label=${`Find `+e.toLowerCase()} placeholder="Name, email or team" find=${(e,t)=>La(e,t,d)}
      onPick=${e=>(r(e.id),l(!1))} show=${e=>e.name+(e.title?` · ${e.title}`:``)} invalid=${o} describedBy=${s} />`}
  </fieldset>`}var Ha=B(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { ...CustomerRow } }
`,[Rn]),Ua=B(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { ...ConversationRow } }
`,[Vn]),Wa=B(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[Un]),Ga=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],Ka=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],qa=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16),Ja=e=>R(String(e??``))||null,Ya=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,Xa=e=>e?.variables.input??{},Za=e=>e?.error?{[e.field??``]:e.error}:{};function Qa({name:e,initial:t,server:n={},add:r,cancel:i}){let a=ke(null),[o,s]=D(n),c=e=>a.current?.querySelector(`[name="customer.${e}"]`)?.value??``;O(()=>a.current?.querySelector(Object.keys(n).length?`[aria-invalid="true"]`:`input`)?.focus(),[]);function l(){let e={name:R(c(`name`)),company:Ja(c(`company`)),segment:Ja(c(`segment`))},t=z(`Customer`,e);s(t),Object.keys(t).length?requestAnimationFrame(()=>a.current?.querySelector(`[aria-invalid="true"]`)?.focus()):r(e)}let u=(e,t,n)=>k`<label>${t}
    <input name=${`customer.`+e} defaultValue=${String(n??``)} aria-invalid=${o[e]?`true`:void 0} aria-describedby=${o[e]?`err-customer-`+e:void 0}
      onInput=${()=>o[e]&&s(({[e]:t,...n})=>n)} />
    ${o[e]&&k`<span class="field-error" id=${`err-customer-`+e} data-field=${e}>${o[e]}</span>`}</label>`,d=Object.entries(o).filter(([e])=>![`name`,`company`,`segment`].includes(e));return k`<fieldset class="card" ref=${a} aria-label="New customer" onKeyDown=${e=>e.key===`Enter`&&(e.preventDefault(),l())}>
    <legend>New customer</legend>
    ${u(`name`,`Name`,t?.name??e)}
    ${u(`company`,`Company (optional)`,t?.company)}
    ${u(`segment`,`Segment (optional)`,t?.segment)}
    ${d.map(([e,t])=>k`<p class="error" role="alert">${e?e+`: `:``}${t}</p>`)}
    <div class="actions">
      <button type="button" onClick=${l}>Add the customer</button>
      ${i&&k`<button type="button" class="link" onClick=${i}>Cancel</button>`}
    </div>
  </fieldset>`}var $a=(e,t)=>({store:`customers`,op:`put`,record:{id:rr(e),version:0,clientID:e,name:t.name,company:t.company,segment:t.segment,erased:!1}});function eo({picked:e,setPicked:t,invalid:n}){let[r,i]=D(``),a=e=>e.name||$(`customers`,e.id,`A customer`);async function o(n){let r=H();await bi(r,`New customer ${n.name}`,Ha,{input:{clientID:r,...n}},void 0,$a(r,n)),t([...e,{id:rr(r),name:n.name}]),i(``)}return k`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>k`<li><button type="button" class="chip on" aria-label=${`Remove `+a(n)} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${a(n)} ✕</button></li>`)}
    </ul>
    <${fa} what="the customers" />
    <${Ba} key=${e.length} label="Find a customer" placeholder="Name or company" find=${(t,n)=>Ia(t,n,e.length?t=>!e.some(e=>e.id===t.id):void 0)} useRemote=${Na} show=${Fa} testid="customer-search"
      invalid=${n} describedBy=${n?`err-customerIDs`:void 0}
      onPick=${n=>(t([...e,{id:n.id,name:n.name}]),i(``))}
      footer=${(e,t)=>!r&&!t.items.some(t=>t.name.toLowerCase()===e.toLowerCase())&&k`<li><button type="button" class="option add" onClick=${()=>i(e)}>Add “${e}” as a new customer</button></li>`} />
    ${r&&k`<${Qa} name=${r} add=${o} cancel=${()=>i(``)} />`}
  </fieldset>`}function to(e,t,n){let{clientID:r,attendeeIDs:i,...a}=n;return{store:`conversations`,op:`put`,record:{...a,id:rr(e),version:0,clientID:e,leaderID:t}}}function no(e){return{store:`followUps`,op:`put`,record:{id:rr(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:e.conversationID??null,reviewID:null,doneAt:null,quickWin:!1,newInitiative:!1}}}var ro=(e,t=``)=>{let n={},r=Sn(`FollowUp`,`action`,e.action),i=Sn(`FollowUp`,`dueOn`,Ya(e.due));return r&&(n[t+`action`]=r),i&&(n[t+`dueOn`]=i),n};function io({me:e,fix:t}){let n=Xa(t),[r,i]=D(()=>t?.draft?.picked??(n.customerIDs??[]).map(e=>({id:e,name:``}))),[a,o]=D(n.mode??`VISIT`),[s,c]=D(()=>n.attendeeIDs??[]),[l,u]=D(n.sentiment??null),[d,f]=D([]),[p]=D(()=>qa(n.occurredAt?new Date(String(n.occurredAt)):new Date)),[m,h]=D(!1),[g,_]=D(-1),v=(e,t)=>f(d.map((n,r)=>e===r?{...n,...t}:n)),y=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim();return{at:t,minutes:n,input:{mode:a,sentiment:l,customerIDs:r.map(e=>e.id),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:Ja(e.get(`heard`)),painPoints:Ja(e.get(`painPoints`))}}},b=pn(e=>{let{at:t,minutes:n,input:i}=y(e),a=z(`Conversation`,{occurredAt:i.occurredAt,durationMinutes:i.durationMinutes,heard:i.heard,painPoints:i.painPoints});return r.length===0&&(a.customerIDs=`Choose at least one customer, or add a new one.`),isNaN(t.getTime())&&(a.occurredAt=`Say when it happened: a date and a time.`),n!==``&&!a.durationMinutes&&!Number.isInteger(Number(n))&&(a.durationMinutes=`Minutes: a whole number.`),d.forEach((e,t)=>Object.assign(a,ro(e,`followUps.${t}.`))),a},Za(t));O(()=>{g<0||(b.ref.current?.querySelector(`[name="followUps.${g}.action"]`)?.focus(),_(-1))},[g]);let ee=b.submit(async n=>{h(!0);let i=t?.id??H(),a=`Conversation with ${r.map(e=>e.name||$(`customers`,e.id,`a customer`)).join(`, `)}`,o={clientID:i,...y(n).input,...s.length?{attendeeIDs:s}:{}};await xi(t,i,a,Ua,{input:o},{picked:r},to(i,e,o));for(let t of d){let n=H(),r={clientID:n,action:R(t.action),ownerID:t.owner||e,dueOn:Ya(t.due),conversationID:rr(i)};await bi(n,`Follow-up: ${r.action}`,Wa,{input:r},void 0,no(r))}G(t?`/pending`:`/conversations?saved=1`)}),x=b.errors;return k`<${Q} section=${t?`more`:`conversations`}>
    <h1>${t?`Fix: log a conversation`:`Log a conversation`}</h1>
    ${t&&k`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    <form onSubmit=${ee} onInput=${b.onInput} ref=${b.ref} aria-label="Log a conversation" novalidate>
      <${eo} picked=${r} setPicked=${i} invalid=${!!x.customerIDs} />
      ${b.error(`customerIDs`)}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${Ga.map(e=>k`<button type="button" role="radio" aria-checked=${a===e} class=${a===e?`chip on`:`chip`} onClick=${()=>o(e)}>${J(e)}</button>`)}
        </div>
        ${b.error(`mode`)}
      </fieldset>
      <div class="row">
        <label>When <input type="datetime-local" defaultValue=${p} required ...${b.field(`occurredAt`)} />${b.error(`occurredAt`)}</label>
        <label>Minutes <input type="number" inputmode="numeric" defaultValue=${n.durationMinutes??``} ...${b.field(`durationMinutes`)} />${b.error(`durationMinutes`)}</label>
      </div>
      <label>What we heard <textarea rows="3" defaultValue=${String(n.heard??``)} ...${b.field(`heard`)}></textarea>${b.error(`heard`)}</label>
      <label>Pain points <textarea rows="2" defaultValue=${String(n.painPoints??``)} ...${b.field(`painPoints`)}></textarea>${b.error(`painPoints`)}</label>
      <fieldset><legend>How did the customer feel?</legend>
        <div class="chips" role="radiogroup" aria-label="Sentiment">
          ${Ka.map(e=>k`<button type="button" role="radio" aria-checked=${l===e} class=${l===e?`chip on`:`chip`} onClick=${()=>u(l===e?null:e)}>${J(e)}</button>`)}
        </div>
        ${b.error(`sentiment`)}
      </fieldset>
      <fieldset><legend>Who else was there</legend>
        <p class="muted">They are credited with it in their own month too.</p>
        ${s.length>0&&k`<ul class="chips" aria-label="Also there">${s.map(e=>k`<li class="chip on">${$(`people`,e,`someone`)}
          <button type="button" class="link" aria-label=${`Remove `+$(`people`,e,`this person`)} onClick=${()=>c(s.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
        ${s.length<20&&k`<${Ba} label="Add a person" placeholder="Name" testid="attendee-search"
          find=${(t,n)=>{let r=La(t,n+s.length+1).items.filter(t=>t.id!==e&&!s.includes(t.id)).slice(0,n);return{items:r,total:r.length}}}
          onPick=${e=>c([...s,e.id])} />`}
        ${b.error(`attendeeIDs`)}
      </fieldset>
      ${t?k`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:k`<fieldset><legend>Follow-ups</legend>
        ${d.map((t,n)=>k`<div class="followup">
          <label>Action <input value=${t.action} onInput=${e=>v(n,{action:e.target.value})} ...${b.field(`followUps.${n}.action`)} />${b.error(`followUps.${n}.action`)}</label>
          <${Va} label="Owner" value=${t.owner} me=${e} onChange=${e=>v(n,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${t.due} onInput=${e=>v(n,{due:e.target.value})} ...${b.field(`followUps.${n}.dueOn`)} />${b.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>f(d.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
        <button type="button" class="secondary" onClick=${()=>(f([...d,{action:``,owner:e,due:``}]),_(d.length))}>Add a follow-up</button>
      </fieldset>`}
      ${b.others()}
      <button type="submit" class="big" disabled=${m}>${t?`Send again`:`Save`}</button>
    </form>
  </${Q}>`}function ao({me:e,fix:t}){let n=Xa(t),[r,i]=D(String(n.ownerID??e)),a=e=>({action:String(e.get(`action`)??``),owner:r,due:String(e.get(`dueOn`)??``)}),o=pn(e=>ro(a(e)),Za(t));return k`<${Q} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${o.submit(async e=>{let i=a(e),o={...n,clientID:t.id,action:R(i.action),ownerID:r,dueOn:Ya(i.due)};await xi(t,t.id,`Follow-up: ${o.action}`,Wa,{input:o},void 0,no(o)),G(`/pending`)})} onInput=${o.onInput} ref=${o.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(n.action??``)} ...${o.field(`action`)} />${o.error(`action`)}</label>
      <${Va} label="Owner" value=${r} me=${e} onChange=${i} />
      <div class="row">
        <label>Due <input type="date" defaultValue=${n.dueOn?String(n.dueOn).slice(0,10):``} ...${o.field(`dueOn`)} />${o.error(`dueOn`)}</label>
      </div>
      ${o.error(`ownerID`)}
      ${o.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}function oo({fix:e}){let t=Xa(e);async function n(n){await xi(e,e.id,`New customer ${n.name}`,Ha,{input:{...t,clientID:e.id,...n}},void 0,$a(e.id,n)),G(`/pending`)}return k`<${Q} section="more">
    <h1>Fix: a new customer</h1>
    <${Qa} name="" initial=${t} server=${Za(e)} add=${n} />
  </${Q}>`}var so=B(`
  query ServerConversations($where: ConversationWhereInput, $after: Cursor) {
    conversations(first: 50, after: $after, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { totalCount edges { node { name } } } } }
    }
  }
`),co=B(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 100) { edges { node { id name company segment } } }
        followUps(first: 100) { totalCount edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),lo=B(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { ...FollowUpRow } }
`,[Un]),uo=e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`)).join(`, `),fo=(e,t)=>{let n=Aa([uo(e),e.heard??``,e.painPoints??``].join(` `));return Aa(t).split(/\s+/).filter(Boolean).every(e=>n.includes(e))};function po({where:e,everyone:t}){let n=Sa(so,{where:e},e=>e.conversations);return k`<section aria-label="On the server" data-testid="server-conversations">
    <${Ca} p=${n} what="the conversations on the server" count=${(e,t)=>`${Z(t,`conversation`)} on the server, ${X(e)} shown.`} />
    <ul class="list">${n.items.map(e=>k`<li><a href=${`#/conversations/`+e.id}>
      <strong>${e.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
      <span class="muted"> · ${J(e.mode)} · ${K(e.occurredAt)}${t?` · `+e.leader.name:``}</span>
      ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}</a></li>`)}</ul>
    <${wa} p=${n} label="Show more from the server" />
  </section>`}function mo({me:e,admin:t,saved:n}){let[r,i]=D(!1),[a,o]=D(``),[s,c]=D(!1);W();let l=cr(Date.now()),u=Qi(Zi(),`createConversation`).filter(e=>e.status===`attention`),d=[...U(`conversations`).values()].filter(t=>r?Date.parse(t.occurredAt)>=Date.parse(l.everyone):t.leaderID===e).filter(e=>!a.trim()||fo(e,a)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),[f,p]=xa(d.length),m=d.filter(e=>e.pending).length,h=a.trim(),g={...r?{occurredAtLT:l.everyone}:{hasLeaderWith:[{id:e}],occurredAtLT:l.mine},...h?{or:[{heardContainsFold:h},{painPointsContainsFold:h},{hasCustomersWith:[{nameContainsFold:h}]}]}:{}};return k`<${Q} section="conversations">
    <h1>Conversations</h1>
    ${n&&k`<p class="notice" role="status">Saved${m?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&k`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${u.length>0&&k`<ul class="list" aria-label="Not saved">
      ${u.map(e=>k`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}
    </ul>`}
    <${fa} what="the conversations" />
    <p class="muted" data-testid="conversation-count">${Z(d.length,`conversation`)}${r?` this month and last`:` in the last 12 months`}${m?`, ${m} waiting to sync`:``}</p>
    <ul class="list">
      ${d.slice(0,f).map(e=>k`<li data-testid="conversation"><a href=${`#/conversations/`+encodeURIComponent(e.id)}>
        <strong>${uo(e)}</strong>
        <span class="muted"> · ${J(e.mode)} · ${K(e.occurredAt)}${r?` · `+$(`people`,e.leaderID):``}</span>
        ${e.pending&&k` <${Y} e=${e.pending} />`}
        ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}
      </a></li>`)}
    </ul>
    ${p()}
    ${s?k`<${po} key=${JSON.stringify(g)} where=${g} everyone=${r} />`:k`<button type="button" class="secondary" onClick=${()=>c(!0)}>${r?`Older conversations, on the server`:`Older than 12 months, on the server`}</button>`}
  </${Q}>`}function ho({f:e,me:t,admin:n}){let r=!!e.doneAt;async function i(){await bi(H(),`${r?`Not done`:`Done`}: ${e.action}`,lo,{id:e.id,done:!r},void 0,{store:`followUps`,op:`patch`,id:e.id,fields:{doneAt:r?null:new Date().toISOString()}})}async function a(){ya(`Follow-up deleted.`,{label:`Undo`,run:await Pi(`followUps`,e,`follow-up “${e.action}”`)})}return k`<li><label class="check"><input type="checkbox" checked=${r} disabled=${!Li(`followUps`,e,t,n)} onChange=${i} />
      <span>${e.action} <span class="muted">· ${$(`people`,e.ownerID,`someone`)}${e.dueOn?` · due `+K(e.dueOn):``}</span></span></label>
    ${(e.pending||e.refused)&&k`<${Y} e=${e.pending??e.refused} />`}
    ${Ii(`followUps`,e,t,n)&&k`<button type="button" class="link" onClick=${a}>Delete this follow-up</button>`}</li>`}function go({id:e,me:t,admin:n}){W();let r=qi(`conversations`,e);if(!r)return k`<${_o} id=${e} />`;let i=[...U(`followUps`).values()].filter(e=>e.conversationID===r.id||r.clientID&&e.conversationID===rr(r.clientID));async function a(){let e=await Pi(`conversations`,r,`conversation with ${uo(r)}`);G(`/conversations`),ya(`Conversation deleted.`,{label:`Undo`,run:e})}return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <h1>${uo(r)}</h1>
    ${r.pending&&k`<p><${Y} e=${r.pending} /> Kept on this device until the server has it.</p>`}
    ${r.refused&&k`<p class="error" role="alert">Your change was not saved: ${r.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p class="muted">${J(r.mode)} · ${q(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${$(`people`,r.leaderID)}${r.sentiment?` · `+J(r.sentiment):``}</p>
    ${r.heard&&k`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
    ${r.painPoints&&k`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
    <h2>Follow-ups</h2>
    ${i.length===0&&k`<p class="muted">None.</p>`}
    <ul class="list">${i.map(e=>k`<${ho} key=${e.id} f=${e} me=${t} admin=${n} />`)}</ul>
    ${Li(`conversations`,r,t,n)&&k`<a class="button secondary" href=${`#/conversations/`+r.id+`/edit`}>Edit the conversation</a>`}
    ${Ii(`conversations`,r,t,n)&&k`<button type="button" class="secondary danger" onClick=${a}>Delete this conversation</button>`}
  </${Q}>`}function _o({id:e}){let t=Xi(co,{id:e}),n=t.data?.node&&`mode`in t.data.node?t.data.node:null;return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${ua} r=${t} what="this conversation" />
    ${t.data&&!n&&k`<p>This conversation is not there any more.</p>`}
    ${n&&k`<h1>${n.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${J(n.mode)} · ${q(n.occurredAt)}${n.durationMinutes?` · ${n.durationMinutes} min`:``} · ${n.leader.name}${n.sentiment?` · `+J(n.sentiment):``}</p>
      ${n.heard&&k`<h2>What we heard</h2><p class="text">${n.heard}</p>`}
      ${n.painPoints&&k`<h2>Pain points</h2><p class="text">${n.painPoints}</p>`}
      <h2>Follow-ups</h2>
      <p class="muted">${Z(n.followUps.totalCount,`follow-up`)}.</p>
      <ul class="list">${n.followUps.edges?.map(e=>e?.node&&k`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+K(e.node.dueOn):``}${e.node.doneAt?` · done`:``}</span></li>`)}</ul>`}
  </${Q}>`}function vo({id:e,fix:t}){W();let n=qi(`conversations`,e),r={...n??{},...t?.draft?.patch??{}},i=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim(),r=t=>R(String(e.get(t)??``))||null;return{mode:String(e.get(`mode`)),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:r(`heard`),painPoints:r(`painPoints`),sentiment:String(e.get(`sentiment`)??``)||null}},a=pn(e=>{let t=i(e),n=z(`Conversation`,{occurredAt:t.occurredAt,durationMinutes:t.durationMinutes,heard:t.heard??``,painPoints:t.painPoints??``});return t.occurredAt||(n.occurredAt=`Say when it happened: a date and a time.`),t.durationMinutes!==null&&!n.durationMinutes&&!Number.isInteger(t.durationMinutes)&&(n.durationMinutes=`Minutes: a whole number.`),n},Za(t));if(!n)return k`<${Q} section="conversations"><a href="#/conversations">← Conversations</a><${fa} what="the conversations" />
      ${Ji()&&k`<p>This conversation is not there any more.</p>`}</${Q}>`;let o=a.submit(async e=>{let r=i(e),a=`Conversation edited: ${uo(n)}`;if(t){let e=Ln(n,r);await xi(t,t.id,t.label,Oi,{id:n.id,input:In(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`conversations`,op:`patch`,id:n.id,fields:e}),G(`/pending`)}else await Ni(`conversations`,n,r,a)||ya(`Nothing changed.`),G(`/conversations/`+n.id)});return k`<${Q} section=${t?`more`:`conversations`}>
    <a href=${`#/conversations/`+n.id}>← ${uo(n)}</a>
    <h1>${t?`Fix: edit a conversation`:`Edit the conversation`}</h1>
    ${n.pending&&k`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <form class="card" aria-label="Edit the conversation" onSubmit=${o} onInput=${a.onInput} ref=${a.ref} novalidate>
      <label>How <select name="mode">${Ga.map(e=>k`<option value=${e} selected=${(r.mode??n.mode)===e}>${J(e)}</option>`)}</select></label>
      <label>When <input type="datetime-local" required defaultValue=${qa(new Date(String(r.occurredAt??n.occurredAt)))} ...${a.field(`occurredAt`)} />${a.error(`occurredAt`)}</label>
      <label>Minutes <input type="number" min="0" max="1440" inputmode="numeric" defaultValue=${r.durationMinutes??``} ...${a.field(`durationMinutes`)} />${a.error(`durationMinutes`)}</label>
      <label>What we heard <textarea rows="4" defaultValue=${r.heard??``} ...${a.field(`heard`)}></textarea>${a.error(`heard`)}</label>
      <label>Pain points <textarea rows="3" defaultValue=${r.painPoints??``} ...${a.field(`painPoints`)}></textarea>${a.error(`painPoints`)}</label>
      <label>How they felt <select name="sentiment"><option value="">Not said</option>${Ka.map(e=>k`<option value=${e} selected=${r.sentiment===e}>${J(e)}</option>`)}</select></label>
      ${a.others()}
      <button type="submit">${t?`Send again`:`Save the changes`}</button>
    </form>
  </${Q}>`}var yo=B(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { ...NominationRow } }
`,[Gn]),bo=B(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { ...EndorsementRow } }
`,[Kn]),xo=B(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { ...NominationRow } }
`,[Gn]),So=B(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { ...NominationRow } }
`,[Gn]),Co=e=>[...U(`endorsements`).values()].filter(t=>t.nominationID===e.id||e.clientID&&t.nominationID===rr(e.clientID)),wo=()=>[...U(`nominations`).values()].filter(e=>e.status===`OPEN`).sort((e,t)=>Date.parse(e.createdAt)-Date.parse(t.createdAt));function To({nom:e,me:t,admin:n}){let[r,i]=D(``),[a,o]=D(``),s=Co(e),c=s.find(e=>e.endorserID===t),l=$(`people`,e.nomineeID,`Someone`),u=!!e.pending;async function d(){let n=Sn(`Endorsement`,`comment`,r);if(o(n),n)return document.getElementById(`why-`+e.id)?.focus();let i=H(),a={clientID:i,nominationID:e.id,comment:Ja(r)},s={id:rr(i),version:0,clientID:i,createdAt:new Date().toISOString(),nominationID:e.id,endorserID:t,comment:a.comment};await bi(i,`Endorsement of ${l}`,bo,{input:a},void 0,{store:`endorsements`,op:`put`,record:s})}async function f(t){let n=t?`APPROVED`:`DECLINED`,r={store:`nominations`,op:`patch`,id:e.id,fields:{status:n}};t?await bi(H(),`Approve ${l}`,xo,{id:e.id,note:null},void 0,r):await bi(H(),`Decline ${l}`,So,{id:e.id,note:null},void 0,r)}async function p(e){ya(`Endorsement withdrawn.`,{label:`Undo`,run:await Pi(`endorsements`,e,`endorsement of ${l}`)})}async function m(){ya(`Nomination deleted.`,{label:`Undo`,run:await Pi(`nominations`,e,`nomination of ${l}`)})}let h=e.customerID?$(`customers`,e.customerID):``;return k`<li class="nomination" data-testid="nomination">
    <strong>${l}</strong> <span class="muted">nominated by ${$(`people`,e.nominatorID,`someone`)}, ${K(e.createdAt)}</span>
    ${e.pending&&k` <${Y} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Not done: ${e.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p>${e.story}${h?k` <span class="muted">(for ${h})</span>`:``}</p>
    <p class="muted">${Z(s.length,`endorsement`)}${s.length?`: `+s.map(e=>$(`people`,e.endorserID,`someone`)).join(`, `):``}</p>
    <div class="actions">
      ${e.nomineeID!==t&&e.nominatorID!==t&&!c&&!u&&k`<label>Why you endorse (optional) <input id=${`why-`+e.id} value=${r}
        onInput=${e=>(i(e.target.value),o(``))}
        aria-invalid=${a?`true`:void 0} aria-describedby=${a?`err-why-`+e.id:void 0} />
        ${a&&k`<span class="field-error" id=${`err-why-`+e.id}>${a}</span>`}</label><button type="button" class="secondary" onClick=${d}>Endorse ${l}</button>`}
      ${c&&k`${c.pending&&k`<${Y} e=${c.pending} />`}<button type="button" class="link" onClick=${()=>p(c)}>Withdraw my endorsement</button>`}
      ${n&&!u&&k`<button type="button" onClick=${()=>f(!0)}>Approve</button>
        <button type="button" class="secondary" onClick=${()=>f(!1)}>Decline</button>`}
      ${Ii(`nominations`,e,t,n)&&k`<button type="button" class="link" onClick=${m}>Delete the nomination</button>`}
    </div>
  </li>`}function Eo({me:e,admin:t}){W();let n=Zi(),r=[...Qi(n,`createNomination`),...Qi(n,`createEndorsement`)].filter(e=>e.status===`attention`),i=wo(),a=[...U(`people`).values()].filter(e=>e.champion&&!e.deactivatedAt).sort((e,t)=>e.name.localeCompare(t.name)),[o,s]=xa(i.length,20),[c,l]=xa(a.length);return k`<${Q} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${r.length>0&&k`<ul class="list" aria-label="Not saved">${r.map(e=>k`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${fa} what="the champions" />
    <h2>Open nominations</h2>
    <p class="muted">${X(i.length)} open.</p>
    <ul class="list">${i.slice(0,o).map(n=>k`<${To} key=${n.id} nom=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
    <h2>Champions</h2>
    ${a.length===0?k`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`:k`<p class="muted">${Z(a.length,`champion`)}.</p>`}
    <ul class="list" data-testid="champions">
      ${a.slice(0,c).map(e=>k`<li>★ <strong>${e.name}</strong>${e.title?k` <span class="muted">${e.title}</span>`:``}</li>`)}
    </ul>
    ${l()}
  </${Q}>`}function Do({value:e,onChange:t}){W();let n=e?qi(`customers`,e):void 0;return k`<fieldset><legend>For which customer (optional)</legend>
    <input type="hidden" name="customerID" value=${e} />
    ${e?k`<p class="chosen"><strong>${n?Fa(n):`The customer chosen`}</strong> <button type="button" class="link" onClick=${()=>t(``)}>Remove</button></p>`:k`<${Ba} label="Find the customer" placeholder="Name or company" find=${Ia} useRemote=${Na} show=${Fa} onPick=${e=>t(e.id)} />`}
  </fieldset>`}function Oo({me:e,fix:t,prefill:n}){let r=t?Xa(t):{...n??{}},[i,a]=D(String(r.nomineeID??``)),[o,s]=D(String(r.customerID??``));W();let c=[...U(`conversations`).values()].filter(e=>!e.pending).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),l=e=>({nomineeID:i,story:R(String(e.get(`story`)??``)),customerID:o||null,conversationID:String(e.get(`conversationID`)||``)||null}),u=pn(e=>{let t=l(e),n=z(`Nomination`,{story:t.story});return t.nomineeID||(n.nomineeID=`Choose whom you nominate.`),n},Za(t)),d=u.submit(async n=>{let r=l(n),i=$(`people`,r.nomineeID,`a peer`),a=t?.id??H(),o={id:rr(a),version:0,clientID:a,createdAt:new Date().toISOString(),status:`OPEN`,nominatorID:e,...r};await xi(t,a,`Nomination of ${i}`,yo,{input:{clientID:a,...r}},void 0,{store:`nominations`,op:`put`,record:o}),G(t?`/pending`:`/champions`)}),f=(e,t)=>r[e]===t;return k`<${Q} section=${t?`more`:`champions`}>
    <h1>${t?`Fix: nominate a champion`:`Nominate a champion`}</h1>
    ${t&&k`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${d} onInput=${u.onInput} ref=${u.ref} aria-label="Nominate a champion" novalidate>
      <${fa} what="the people" />
      <${Va} label="Who" name="nomineeID" value=${i} me=${e} exclude=${e} onChange=${e=>(a(e),u.onInput({target:{name:`nomineeID`}}))}
        invalid=${!!u.errors.nomineeID} describedBy=${u.errors.nomineeID?`err-nomineeID`:void 0} />
      ${u.error(`nomineeID`)}
      <label>What they did <textarea rows="4" required defaultValue=${String(r.story??``)} ...${u.field(`story`)}></textarea>${u.error(`story`)}</label>
      <${Do} value=${o} onChange=${s} />
      ${u.error(`customerID`)}
      <label>Evidence: a conversation (optional) <select ...${u.field(`conversationID`)}>
        <option value="">—</option>
        ${r.conversationID&&!c.slice(0,30).some(e=>e.id===r.conversationID)&&k`<option value=${String(r.conversationID)} selected>The conversation behind the win</option>`}
        ${c.slice(0,30).map(e=>k`<option value=${e.id} selected=${f(`conversationID`,e.id)}>${uo(e)} · ${$(`people`,e.leaderID)} · ${K(e.occurredAt)}</option>`)}
      </select>${c.length>30?k`<span class="muted hint">The 30 most recent of the ${X(c.length)} on this device.</span>`:``}${u.error(`conversationID`)}</label>
      ${u.others()}
      <button type="submit" class="big">${t?`Send again`:`Nominate`}</button>
    </form>
  </${Q}>`}function ko({fix:e,me:t}){let n=Xa(e),r=pn(e=>z(`Endorsement`,{comment:String(e.get(`comment`)??``)}),Za(e)),i=r.submit(async r=>{let i={...n,clientID:e.id,comment:Ja(r.get(`comment`))},a={id:rr(e.id),version:0,clientID:e.id,createdAt:new Date(e.createdAt).toISOString(),nominationID:n.nominationID,endorserID:t,comment:i.comment};await xi(e,e.id,e.label,bo,{input:i},void 0,{store:`endorsements`,op:`put`,record:a}),G(`/pending`)});return k`<${Q} section="more">
    <h1>Fix: ${e.label}</h1>
    <form onSubmit=${i} onInput=${r.onInput} ref=${r.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(n.comment??``)} ...${r.field(`comment`)}></textarea>${r.error(`comment`)}</label>
      ${r.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}var Ao=B(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period pace }
        customersMetByMonth { period count }
      }
    }
    organization { name }
  }
`),jo={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`};function Mo(){W();let e=wo(),[t,n]=xa(e.length,10);return!Ji()||e.length===0?null:k`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${X(e.length)} nomination${e.length===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${e.slice(0,t).map(e=>k`<li><a href="#/champions"><strong>${$(`people`,e.nomineeID,`Someone`)}</strong>, by ${$(`people`,e.nominatorID,`someone`)} · ${Z(Co(e).length,`endorsement`)}</a></li>`)}
    </ul>
    ${n()}
  </section>`}function No({month:e,admin:t}){let n=Xi(Ao,{p:e}),r=Zi(),i=n.data?.viewer,a=i?.month,o=Qi(r,`createConversation`).length;return k`<${Q} section="">
    <${ua} r=${n} what="your month" />
    ${i&&a&&k`
      <h1>Hello, ${i.name}</h1>
      <p class="muted">${n.data?.organization.name} · ${i.role.toLowerCase()}${i.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${a.commitments.length===0?`Make a commitment to see whether you walk the talk.`:a.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${a.customersMet}</strong> ${a.customersMet===1?`customer`:`customers`} met${o?k` <span class="muted">(+${o} conversation${o===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${X(a.daysWithCustomers)}</strong> ${a.daysWithCustomers===1?`day`:`days`} with customers</li>
          <li><strong>${X(a.decisionsWithCustomerBenefit)}</strong> ${a.decisionsWithCustomerBenefit===1?`decision`:`decisions`} with a customer benefit</li>
          <li data-testid="streak"><strong>${i.weekStreak}</strong> week${i.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${a.commitments.length>0&&k`<ul class="commitments">
          ${a.commitments.map(e=>k`<li class=${e.met?`met`:`short`} data-testid="commitment">${jo[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``} <span class=${`pace `+e.pace.toLowerCase()}>${na[e.pace]}</span></li>`)}
        </ul>`}
        <a href="#/commitments">${a.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
      <section class="card" aria-label="My customers met, 12 months">
        <h2>Customers met, 12 months</h2>
        <${Ta} series=${a.customersMetByMonth} label="Customers I met per month, the last 12 months" />
      </section>
`}
    ${t&&k`<${Mo} />`}
  </${Q}>`}var Po=B(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { ...CommitmentRow } }
`,[Jn]),Fo={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240},Io=e=>k`<label>Per <select name="period">
  <option value="MONTH" selected=${e===`MONTH`}>Month</option><option value="QUARTER" selected=${e===`QUARTER`}>Quarter</option></select></label>`;function Lo({me:e,c:t,behaviour:n,target:r,period:i,choices:a,fix:o}){let s=e=>({behaviour:String(e.get(`behaviour`)??``)||n,target:Number(e.get(`target`)),period:String(e.get(`period`))}),c=pn(e=>{let t=s(e),n=z(`Commitment`,{target:t.target});return!n.target&&!Number.isInteger(t.target)&&(n.target=`a whole number`),!n.target&&t.behaviour===`FOLLOW_UPS_ON_TIME`&&t.target>100&&(n.target=`a percentage: at most 100`),n},Za(o)),l=c.submit(async n=>{let r=s(n),i=r.behaviour?`Commitment: ${jo[r.behaviour]} ${r.target}`:o?.label??`Commitment`,a={target:r.target,period:r.period};if(t&&o){let e=Ln(t,a);await xi(o,o.id,i,Di,{id:t.id,input:In(e),expectedVersion:t.version},{...o.draft,patch:e,was:t},{store:`commitments`,op:`patch`,id:t.id,fields:e})}else if(t)await Ni(`commitments`,t,a,i);else{let t=o?.id??H(),n={id:rr(t),version:0,clientID:t,behaviour:r.behaviour,target:r.target,period:r.period,leaderID:e};await xi(o,t,i,Po,{input:{behaviour:r.behaviour,target:r.target,period:r.period}},void 0,{store:`commitments`,op:`put`,record:n})}o?G(`/pending`):t||c.ref.current?.reset()});async function u(){t&&ya(`Commitment deleted.`,{label:`Undo`,run:await Pi(`commitments`,t,`commitment “${jo[t.behaviour]}”`)})}let d=a?`Commit to more`:n?jo[n]:o?.label??``;return k`<form class="card" aria-label=${a?`New commitment`:d} onSubmit=${l} onInput=${c.onInput} ref=${c.ref} novalidate>
    <h2>${d}</h2>
    ${a&&k`<label>Behaviour <select name="behaviour">${a.map(e=>k`<option value=${e}>${jo[e]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${r} ...${c.field(`target`)} />${c.error(`target`)}</label>${Io(i)}</div>
    ${c.others()}
    ${t?.pending&&k`<p><${Y} e=${t.pending} /></p>`}
    ${t?.refused&&k`<p class="error">Your change was not saved: ${t.refused.current?`it changed on another device.`:t.refused.error} <a href=${`#/pending/`+encodeURIComponent(t.refused.id)}>Resolve</a></p>`}
    <div class="actions">
      <button type="submit" class=${a?``:`secondary`}>${o?`Send again`:a?`Commit`:`Update`}</button>
      ${t&&!o&&k`<button type="button" class="link" onClick=${u}>Delete this commitment</button>`}
    </div>
  </form>`}function Ro({me:e}){W();let t=[...Qi(Zi(),`createCommitment`)].filter(e=>e.status===`attention`),n=[...U(`commitments`).values()].filter(t=>t.leaderID===e),r=Object.keys(jo).filter(e=>!n.some(t=>t.behaviour===e));return k`<${Q} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${fa} what="your commitments" />
    ${t.length>0&&k`<ul class="list" aria-label="Not saved">${t.map(e=>k`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    ${n.map(t=>k`<${Lo} key=${t.id+`:`+t.version+`:`+(t.pending?.id??``)} me=${e} c=${t} behaviour=${t.behaviour} target=${t.target} period=${t.period} />`)}
    ${r.length>0&&k`<${Lo} key=${r.join()} me=${e} choices=${r} target=${Fo[r[0]]??1} period="MONTH" />`}
  </${Q}>`}function zo({me:e,fix:t}){W();let n=t.variables.input,r=t.effect?.op===`patch`?qi(`commitments`,t.effect.id):void 0,i=t.draft?.patch??{};return k`<${Q} section="more"><h1>Fix: a commitment</h1>
    ${t.effect?.op===`patch`&&!r?k`<p>This commitment is not there any more.</p>`:k`<${Lo} me=${e} c=${r} behaviour=${r?.behaviour??n.behaviour} target=${i.target??r?.target??n.target} period=${i.period??r?.period??n.period} fix=${t} />`}
  </${Q}>`}var Bo=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],Vo=B(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { ...DecisionRow } }
`,[Wn]),Ho=(e,t)=>e===`PROPOSED`?null:t??new Date().toISOString();function Uo({d:e,me:t,admin:n}){async function r(t){await Ni(`decisions`,e,{status:t,decidedAt:Ho(t,e.decidedAt)},`${e.title}: ${J(t).toLowerCase()}`)}async function i(){ya(`Decision deleted.`,{label:`Undo`,run:await Pi(`decisions`,e,`decision “${e.title}”`)})}let a=Li(`decisions`,e,t,n);return k`<li class="decision" data-testid="decision">
    <strong>${e.title}</strong> <span class=${`status `+e.status.toLowerCase()}>${J(e.status)}</span> ${e.pending&&k`<${Y} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Your change was not saved: ${e.refused.current?`it changed on another device.`:e.refused.error} <a href=${`#/pending/`+encodeURIComponent(e.refused.id)}>Resolve</a></p>`}
    <p><span class="muted">For the customer:</span> ${e.customerBenefit}</p>
    ${e.context&&k`<p class="muted">${e.context}</p>`}
    <p class="muted">${$(`people`,e.ownerID,`Someone`)}${e.decidedAt?` · decided `+K(e.decidedAt):``}${e.clvImpact==null?``:` · CLV ${e.clvImpact>0?`+`:``}${e.clvImpact}`} · ${Z(e.evidenceCount,`conversation`)} as evidence</p>
    <div class="actions">
      ${a&&k`<label>Status <select value=${e.status} onChange=${e=>r(e.target.value)}>
        ${Bo.map(e=>k`<option value=${e}>${J(e)}</option>`)}
      </select></label>`}
      ${a&&k`<a class="button secondary" href=${`#/decisions/`+encodeURIComponent(e.id)}>Edit</a>`}
      ${Ii(`decisions`,e,t,n)&&k`<button type="button" class="link" onClick=${i}>Delete</button>`}
    </div>
  </li>`}function Wo({me:e,admin:t}){let[n,r]=D(``);W();let i=Qi(Zi(),`createDecision`).filter(e=>e.status===`attention`),a=[...U(`decisions`).values()].filter(e=>!n||e.status===n).sort((e,t)=>Date.parse(t.createdAt||``)-Date.parse(e.createdAt||``)||(e.pending?-1:0)),[o,s]=xa(a.length);return k`<${Q} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...Bo].map(e=>k`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?J(e):`All`}</button>`)}
    </div>
    ${i.length>0&&k`<ul class="list" aria-label="Not saved">${i.map(e=>k`<li class="pending" data-testid="pending-decision">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${fa} what="the decisions" />
    <p class="muted" data-testid="decision-count">${Z(a.length,`decision`)}${n?` `+J(n).toLowerCase():``}</p>
    <ul class="list">${a.slice(0,o).map(n=>k`<${Uo} key=${n.id} d=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
  </${Q}>`}var Go=e=>[...U(`conversations`).values()].filter(t=>t.leaderID===e&&!ir(t.id)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt));function Ko({me:e,chosen:t,setChosen:n}){W();let r=Go(e),[i,a]=xa(r.length,20);return k`<fieldset><legend>Evidence: conversations</legend>
    <${fa} what="your conversations" />
    ${r.slice(0,i).map(e=>k`<label class="check"><input type="checkbox" checked=${t.includes(e.id)}
      onChange=${r=>n(r.target.checked?[...t,e.id]:t.filter(t=>t!==e.id))} />
      <span>${uo(e)} <span class="muted">· ${K(e.occurredAt)}</span></span></label>`)}
    ${a()}
    ${r.length===0&&k`<p class="muted">No conversations logged yet.</p>`}
  </fieldset>`}function qo({label:e,initial:t,choices:n,server:r,evidence:i,submitLabel:a,onSave:o}){let s=e=>{let t=String(e.get(`clvImpact`)??``).trim();return{clv:t,values:{title:R(String(e.get(`title`)??``)),customerBenefit:R(String(e.get(`customerBenefit`)??``)),context:Ja(e.get(`context`)),clvImpact:t?Number(t):null,status:String(e.get(`status`)||`PROPOSED`)}}},c=pn(e=>{let{clv:t,values:n}=s(e),r=z(`Decision`,{title:n.title,customerBenefit:n.customerBenefit,context:n.context,clvImpact:n.clvImpact});return t&&!Number.isFinite(Number(t))&&(r.clvImpact=`a number, e.g. 12000 or -500`),r},r);return k`<form onSubmit=${c.submit(e=>o(s(e).values))} onInput=${c.onInput} ref=${c.ref} aria-label=${e} novalidate>
    <label>Title <input required defaultValue=${String(t.title??``)} ...${c.field(`title`)} />${c.error(`title`)}</label>
    <label>What's in it for the customer? (required)
      <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
      <textarea rows="3" required defaultValue=${String(t.customerBenefit??``)} ...${c.field(`customerBenefit`)}></textarea>
      ${c.error(`customerBenefit`)}
    </label>
    <label>Context <textarea rows="2" defaultValue=${String(t.context??``)} ...${c.field(`context`)}></textarea>${c.error(`context`)}</label>
    <div class="row">
      <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${t.clvImpact??``} ...${c.field(`clvImpact`)} />${c.error(`clvImpact`)}</label>
      <label>Status <select name="status">${n.map(e=>k`<option value=${e} selected=${(t.status??`PROPOSED`)===e}>${J(e)}</option>`)}</select></label>
    </div>
    ${i}
    ${c.error(`evidenceIDs`)}
    ${c.others()}
    <button type="submit" class="big">${a}</button>
  </form>`}function Jo({me:e,fix:t}){let n=Xa(t),[r,i]=D(n.evidenceIDs??[]);async function a(i){let a=t?.id??H(),o={clientID:a,...i,evidenceIDs:r,decidedAt:Ho(i.status,n.decidedAt)},s={id:rr(a),version:0,clientID:a,createdAt:new Date().toISOString(),title:i.title,context:i.context,customerBenefit:i.customerBenefit,clvImpact:i.clvImpact,status:i.status,decidedAt:o.decidedAt,ownerID:e,evidenceCount:r.length};await xi(t,a,`Decision: ${i.title}`,Vo,{input:o},void 0,{store:`decisions`,op:`put`,record:s}),G(t?`/pending`:`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <h1>${t?`Fix: record a decision`:`Record a decision`}</h1>
    ${t&&k`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <${qo} label="Record a decision" initial=${n} choices=${Bo.slice(0,2)} server=${Za(t)}
      evidence=${k`<${Ko} me=${e} chosen=${r} setChosen=${i} />`} submitLabel=${t?`Send again`:`Save the decision`} onSave=${a} />
  </${Q}>`}function Yo({id:e,fix:t}){W();let n=qi(`decisions`,e);if(!n)return k`<${Q} section="decisions"><a href="#/decisions">← Decisions</a><${fa} what="the decisions" />
      ${V.meta?.state===`ready`&&k`<p>This decision is not there any more.</p>`}</${Q}>`;let r={...n,...t?.draft?.patch??{}};async function i(e){let r={...e,decidedAt:Ho(e.status,n.decidedAt)};if(t){let e=Ln(n,r);await xi(t,t.id,t.label,Ei,{id:n.id,input:In(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`decisions`,op:`patch`,id:n.id,fields:e}),G(`/pending`)}else await Ni(`decisions`,n,r,`Decision edited: ${e.title}`),G(`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <a href="#/decisions">← Decisions</a>
    <h1>${t?`Fix: edit a decision`:`Edit a decision`}</h1>
    ${n.pending&&k`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <${qo} key=${n.id} label="Edit a decision" initial=${r} choices=${Bo} server=${Za(t)}
      submitLabel=${t?`Send again`:`Save the changes`} onSave=${i} />
  </${Q}>`}var Xo=[[`createConversation`,(e,t)=>k`<${io} me=${e} fix=${t} />`],[`createFollowUp`,(e,t)=>k`<${ao} me=${e} fix=${t} />`],[`createCustomer`,(e,t)=>k`<${oo} fix=${t} />`],[`createDecision`,(e,t)=>k`<${Jo} me=${e} fix=${t} />`],[`updateDecision`,(e,t)=>k`<${Yo} id=${String(t.variables.id)} fix=${t} />`],[`updateConversation`,(e,t)=>k`<${vo} id=${String(t.variables.id)} fix=${t} />`],[`createNomination`,(e,t)=>k`<${Oo} me=${e} fix=${t} />`],[`createEndorsement`,(e,t)=>k`<${ko} me=${e} fix=${t} />`],[`createCommitment`,(e,t)=>k`<${zo} me=${e} fix=${t} />`],[`updateCommitment`,(e,t)=>k`<${zo} me=${e} fix=${t} />`]],Zo={title:`Title`,context:`Context`,customerBenefit:`What's in it for the customer`,clvImpact:`CLV impact`,status:`Status`,decidedAt:`Decided on`,target:`Target`,period:`Per`,mode:`How`,occurredAt:`When`,durationMinutes:`Minutes`,heard:`What we heard`,painPoints:`Pain points`,sentiment:`How they felt`};function Qo(e,t){return t==null||t===``?`(empty)`:e===`decidedAt`||e.endsWith(`At`)||e===`dueOn`?K(String(t)):e===`status`||e===`period`||e===`behaviour`||e===`mode`||e===`sentiment`?e===`behaviour`?jo[t]??String(t):J(String(t)):String(t)}function $o({e}){let t=e.current,n=e.draft?.patch??(e.effect?.op===`patch`?e.effect.fields:{}),r=e.draft?.was??{},i=Mn(n,r,t),[a,o]=D(()=>Pn(i)),s=Nn(n,r,t,Object.keys(Zo));async function c(){let n=Fn(i,a),r=await ii;if(Object.keys(n).length===0)await r.discard(e.id),ya(`Nothing to send: the server already has what you chose.`);else{let i=e.effect?.op===`patch`?{...e.effect,fields:n}:e.effect;await r.retry(e.id,{...e.variables,input:In(n),expectedVersion:t.version},{draft:{...e.draft,patch:n,was:t},effect:i}),di()}G(`/pending`)}let l=(e,t)=>o({...a,[e.name]:t});return k`<${Q} section="more">
    <a href="#/pending">← Waiting to sync</a>
    <h1>Resolve: ${e.label}</h1>
    <p>This changed on another device after you edited it. For each field, keep yours or take the one on the server now; nothing is sent until you choose.</p>
    <form class="conflict" aria-label="Resolve the conflict" onSubmit=${e=>(e.preventDefault(),c())}>
      ${i.map(e=>k`<fieldset class="conflict-field" data-field=${e.name}>
        <legend>${Zo[e.name]??e.name}</legend>
        ${e.agreed?k`<p class="muted">The same on both: ${Qo(e.name,e.mine)}</p>`:k`
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="mine" checked=${a[e.name]===`mine`} onChange=${()=>l(e,`mine`)} />
            <span><strong>Yours:</strong> ${Qo(e.name,e.mine)}</span></label>
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="theirs" checked=${a[e.name]===`theirs`} onChange=${()=>l(e,`theirs`)} />
            <span><strong>On the server now:</strong> ${Qo(e.name,e.theirs)}</span></label>
          <p class="muted hint">When you edited it: ${Qo(e.name,e.was)}</p>`}
      </fieldset>`)}
      ${s.length>0&&k`<p class="muted">Also changed on the server, and kept: ${s.map(e=>`${Zo[e]??e} (${Qo(e,t[e])})`).join(`, `)}.</p>`}
      <div class="actions">
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`mine`])))}>Keep all mine</button>
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`theirs`])))}>Take all the server's</button>
      </div>
      <button type="submit" class="big">Send the result</button>
    </form>
  </${Q}>`}var es=e=>Xo.some(([t])=>Qi([e],t).length>0);function ts({id:e,me:t}){let[n,r]=D();if(O(()=>{ii.then(e=>e.list()).then(t=>r(t.find(t=>t.id===e)??null))},[e]),n?.current&&n.status===`attention`)return k`<${$o} e=${n} />`;let i=n&&Xo.find(([e])=>Qi([n],e).length>0);return n&&i?i[1](t,n):k`<${Q} section="more"><h1>Fix</h1>
    ${n===void 0?k`<p class="muted">Loading…</p>`:k`<p>${n?`This change cannot be edited: send it again or discard it.`:`This change is not waiting any more.`}</p><a href="#/pending">Waiting to sync</a>`}
  </${Q}>`}function ns(){let e=Zi(),t=async e=>(await(await ii).retry(e.id),void di()),n=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await ii).discard(e.id);return k`<${Q} section="more">
    <h1>Waiting to sync</h1>
    ${e.length===0?k`<p data-testid="all-synced">Everything you did is on the server.</p>`:k`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>yi()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>k`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Y} e=${e} />
        <br /><span class="muted">${q(e.createdAt)}${e.attempts?` · ${Z(e.attempts,`attempt`)}`:``}</span>
        ${e.current&&e.status===`attention`?k`<p class="error" data-testid="conflict">Changed on another device since you edited it: choose what to keep.</p>`:e.error&&k`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&k`<div class="actions">
          ${e.current?k`<a class="button" href=${`#/pending/`+encodeURIComponent(e.id)}>Resolve</a>`:es(e)&&k`<a class="button secondary" href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a>`}
          ${!e.current&&k`<button type="button" class="secondary" onClick=${()=>t(e)}>Send again</button>`}
          <button type="button" class="link" onClick=${()=>n(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${Q}>`}function rs({admin:e}){return k`<${Q} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/wins">Wins</a></li>
      <li><a href="#/commitments">My commitments</a></li>
      <li><a href="#/reviews">Feedback reviews</a></li>
      ${e&&k`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&k`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
    <${ka} />
  </${Q}>`}function is({r:e,me:t,admin:n}){async function r(){ya(`Feedback review deleted.`,{label:`Undo`,run:await Pi(`reviews`,e,`feedback review “${e.title}”`)})}return k`<li data-testid="review">
    <strong>${e.title}</strong> <span class="muted">· ${K(e.heldAt)} · hosted by ${$(`people`,e.hostID,`someone`)}</span>
    ${e.pending&&k` <${Y} e=${e.pending} />`}
    <p class="muted">${Z(e.attendeeCount,`attendee`)} · ${Z(e.conversationCount,`conversation`)} reviewed</p>
    ${e.notes&&k`<p class="text">${e.notes}</p>`}
    ${Ii(`reviews`,e,t,n)&&k`<button type="button" class="link" onClick=${r}>Delete</button>`}
  </li>`}function as({me:e,admin:t}){W();let n=[...U(`reviews`).values()].sort((e,t)=>Date.parse(t.heldAt)-Date.parse(e.heldAt)),[r,i]=xa(n.length);return k`<${Q} section="more">
    <h1>Feedback reviews</h1>
    <${fa} what="the feedback reviews" />
    <p class="muted">${Z(n.length,`feedback review`)}.</p>
    <ul class="list">${n.slice(0,r).map(n=>k`<${is} key=${n.id} r=${n} me=${e} admin=${t} />`)}</ul>
    ${i()}
  </${Q}>`}var os=B(`query Reminders { reminders { publicKey maxDevices devices { id endpoint weekday hour timeZone lastSentAt } } }`),ss=B(`mutation SubscribeToReminders($input: SubscribeToRemindersInput!) { subscribeToReminders(input: $input) { id } }`),cs=B(`mutation UnsubscribeFromReminders($endpoint: String!) { unsubscribeFromReminders(endpoint: $endpoint) }`),ls=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],us=e=>e?e.charAt(0)+e.slice(1).toLowerCase()+`s`:`Every day`,ds=e=>`${String(e).padStart(2,`0`)}:00`;function fs(){return(/iphone|ipad|ipod/i.test(navigator.userAgent)||navigator.platform===`MacIntel`&&navigator.maxTouchPoints>1)&&!Oa()?`ios`:`serviceWorker`in navigator&&`PushManager`in window&&`Notification`in window?`ok`:`none`}function ps(e){let t=e.replace(/-/g,`+`).replace(/_/g,`/`)+`=`.repeat((4-e.length%4)%4),n=atob(t),r=new Uint8Array(new ArrayBuffer(n.length));for(let e=0;e<n.length;e++)r[e]=n.charCodeAt(e);return r}async function ms(){return(await navigator.serviceWorker.ready).pushManager}function hs(){let e=fs(),t=Xi(os,{}),[n,r]=D(void 0),[i,a]=D(``),[o,s]=D(9),[c,l]=D(``),[u,d]=D(!1);O(()=>{e===`ok`&&ms().then(e=>e.getSubscription()).then(r,()=>r(null))},[]);let f=t.data?.reminders,p=f&&n?f.devices.find(e=>e.endpoint===n.endpoint):void 0;if(O(()=>{p&&(a(p.weekday??``),s(p.hour))},[p?.id]),e===`ios`)return k`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2>
      <p data-testid="reminders-ios">On iPhone and iPad, reminders need Walker added to the Home Screen: in Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>, and open Walker from there.</p></section>`;if(e===`none`)return k`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2><p data-testid="reminders-unsupported">This browser cannot get reminders (it has no Web Push).</p></section>`;let m=Intl.DateTimeFormat().resolvedOptions().timeZone;async function h(e){d(!0),l(``);try{l(await e()),t.reload()}catch(e){l(e instanceof Error?e.message:String(e))}finally{d(!1)}}let g=e=>{let t=e.toJSON().keys??{};return L(ss,{input:{endpoint:e.endpoint,p256dh:t.p256dh??``,auth:t.auth??``,weekday:i||null,hour:o,timeZone:m}})},_=()=>h(async()=>{if(await Notification.requestPermission()!==`granted`)return`Notifications are blocked for Walker: allow them in the browser's settings for this site, then try again.`;let e=await ms(),t=await e.getSubscription()??await e.subscribe({userVisibleOnly:!0,applicationServerKey:ps(f.publicKey)});try{await g(t)}catch(n){if(!(n instanceof wt&&n.code===`CONFLICT`&&n.message.includes(`another person`)))throw n;await t.unsubscribe(),t=await e.subscribe({userVisibleOnly:!0,applicationServerKey:ps(f.publicKey)}),await g(t)}return r(t),`Reminders on: ${us(i||null).toLowerCase()} at ${ds(o)}.`}),v=()=>h(async()=>(await g(n),`Reminders now come ${us(i||null).toLowerCase()} at ${ds(o)}.`)),y=()=>h(async()=>(await L(cs,{endpoint:n.endpoint}),await n.unsubscribe(),r(null),`Reminders off for this device.`)),b=f?f.devices.length-+!!p:0;return k`<section class="card" aria-label="Reminders" data-testid="reminders">
    <h2>Reminders</h2>
    <p>Walker can remind you on this device when a commitment falls behind, when follow-ups are due tomorrow${` `}and, for admins, when nominations wait for approval.</p>
    <${ua} r=${t} what="your reminders" />
    ${f&&k`
      <p data-testid="reminders-state">${p?`On for this device: ${us(p.weekday).toLowerCase()} at ${ds(p.hour)} (${p.timeZone}).`:`Off for this device.`}${b>0?` ${b} other ${b===1?`device gets`:`devices get`} them.`:``}</p>
      <label>Day <select value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">Every day</option>
        ${ls.map(e=>k`<option value=${e}>${us(e).slice(0,-1)}</option>`)}
      </select></label>
      <label>Hour <select value=${String(o)} onChange=${e=>s(Number(e.target.value))}>
        ${Array.from({length:24},(e,t)=>k`<option value=${String(t)}>${ds(t)}</option>`)}
      </select></label>
      <p class="muted">In your time zone, ${m}.</p>
      <div class="actions">
        ${p?k`<button type="button" disabled=${u} onClick=${v}>Save</button>
            <button type="button" class="secondary" disabled=${u} onClick=${y}>Turn off for this device</button>`:k`<button type="button" disabled=${u||n===void 0} onClick=${_}>Turn on for this device</button>`}
      </div>`}
    ${c&&k`<p role="status">${c}</p>`}
  </section>`}var gs=B(`
  query WebhookEndpoints($after: Cursor) {
    webhookEndpoints(first: 20, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id url description changeTypes enabled disabledReason
        delivery { attempts failingSince nextAttemptAt }
        deliveries(last: 5) { edges { node { id eventType kind status responseStatus error createdAt } } } } }
    }
  }
`),_s=B(`query WebhookEventTypes { webhookEventTypes { name description } }`),vs=B(`mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`),ys=B(`mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { id } }`),bs=B(`mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`),xs=B(`mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`),Ss=B(`mutation SendTestWebhook($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`),Cs=B(`mutation RedeliverWebhook($id: ID!) { redeliverWebhook(deliveryID: $id) { id } }`);function ws(e){return e.enabled?e.delivery.failingSince?`Failing since ${q(e.delivery.failingSince)} (${X(e.delivery.attempts)} attempts)`+(e.delivery.nextAttemptAt?`; next try ${q(e.delivery.nextAttemptAt)}.`:`.`):`Active: every change is delivered.`:e.disabledReason?`Disabled by Walker: ${e.disabledReason}.`:`Paused.`}function Ts(){let e=Sa(gs,{},e=>e.webhookEndpoints),t=Xi(_s,{}),[n,r]=zs(e.reload),[i,a]=D(``),o=Bs(e=>z(`WebhookEndpoint`,{url:String(e.get(`url`)??``),description:String(e.get(`description`)??``)}),async e=>{let t=e.getAll(`changeTypes`).map(String),n=R(String(e.get(`description`)??``)),r=await L(vs,{input:{url:R(String(e.get(`url`))),description:n||void 0,changeTypes:t}});return a(r.createWebhookEndpoint.secret),`Endpoint added: it receives the changes made from now on.`},e.reload),s=o.form,c=(t.data?.webhookEventTypes??[]).filter(e=>e.name.endsWith(`.*`));return k`<form class="card" aria-label="Webhooks" onSubmit=${o.submit} onInput=${s.onInput} ref=${s.ref} novalidate>
    <h2>Webhooks</h2>
    <p class="muted">Walker sends every change, signed (Standard Webhooks), to these addresses, in order, retrying until it is delivered.</p>
    <label>URL <input type="url" required placeholder="https://…" autocomplete="off" ...${s.field(`url`)} />${s.error(`url`)}</label>
    <label>Description <input placeholder="e.g. CRM sync" ...${s.field(`description`)} />${s.error(`description`)}</label>
    <fieldset data-testid="webhook-types">
      <legend>What it receives (none chosen: every change)</legend>
      ${t.data?c.map(e=>k`<label class="check"><input type="checkbox" value=${e.name} ...${s.field(`changeTypes`)} />
        <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`):k`<${ua} r=${t} what="the event types" />`}
      ${s.error(`changeTypes`)}
    </fieldset>
    ${s.others()}
    <button type="submit">Add endpoint</button>
    ${o.msg&&k`<p role="status">${o.msg}</p>`}
    ${i&&k`<div class="secret" role="status"><strong>Signing secret (shown only now: copy it)</strong><code data-testid="webhook-secret">${i}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(i)}>Copy</button></div>`}
    <${Ca} p=${e} what="the webhook endpoints" count=${(e,t)=>`${Z(t,`endpoint`)}${t>e?`, ${X(e)} shown`:``}.`} />
    <ul class="list">${e.items.map(e=>k`<li data-testid="webhook">
      <strong>${e.url}</strong>${e.description&&k` <span class="muted">${e.description}</span>`}
      <p data-testid="webhook-state" class=${e.enabled&&!e.delivery.failingSince?`muted`:`field-error`}>${ws(e)}</p>
      <p class="muted">${e.changeTypes?.length?e.changeTypes.join(`, `):`Every change`}</p>
      <ul class="list">${(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]).map(e=>k`<li data-testid="webhook-delivery">${e.eventType}
        <span class="muted">${e.status===`SUCCEEDED`?`delivered`:e.status===`PENDING`?`waiting`:`failed`}${e.responseStatus?` (${e.responseStatus})`:``}${e.error?`: ${e.error}`:``} · ${q(e.createdAt)}</span>
        ${e.status!==`PENDING`&&k`<button type="button" class="link" onClick=${()=>r(()=>L(Cs,{id:e.id}),`Sent again.`)}>Send again</button>`}</li>`)}</ul>
      <button type="button" class="link" onClick=${()=>r(()=>L(Ss,{id:e.id}),`Test event sent.`)}>Send a test event</button>
      <button type="button" class="link" onClick=${()=>r(()=>L(ys,{id:e.id,input:{enabled:!e.enabled}}),e.enabled?`Paused.`:`Resumed: it goes on from where it stopped.`)}>${e.enabled?`Pause`:e.disabledReason?`Enable again`:`Resume`}</button>
      <button type="button" class="link" onClick=${()=>r(async()=>a((await L(xs,{id:e.id})).rotateWebhookSecret.secret),`New secret: the old one signs too for 24 hours.`)}>New secret</button>
      <button type="button" class="link" onClick=${()=>r(()=>L(bs,{id:e.id}),`Endpoint removed.`)}>Remove</button>
    </li>`)}</ul>
    <${wa} p=${e} />
    ${n&&k`<p role="status">${n}</p>`}
  </form>`}var Es=B(`
  query Passkeys($after: Cursor) { viewer { id passkeys(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt lastUsedAt synced } } } } }
`),Ds=B(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),Os=B(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),ks=B(`
  query Invitations($after: Cursor) {
    invitations(first: 50, after: $after, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email role expiresAt } }
    }
  }
`),As=B(`
  query Tokens($after: Cursor) {
    apiTokens(first: 50, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name prefix scope scopes expiresAt lastUsedAt } }
    }
  }
`),js=B(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),Ms=B(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),Ns=B(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),Ps=B(`mutation RenameOrganization($name: String!) { updateOrganization(input: { name: $name }) { id name } }`),Fs=B(`query Backups { backups { database everySeconds keep nextAt files { name bytes madeAt } } }`),Is=B(`query TokenScopes { tokenScopes { name description inRead inReadWrite } }`),Ls=B(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),Rs=B(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function zs(e){let[t,n]=D(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function Bs(e,t,n){let[r,i]=D(``),a=pn(e);return{form:a,submit:a.submit(async e=>{i(``);try{i(await t(e)),n()}catch(e){a.refuse(dn(e))}}),msg:r}}function Vs({p:e,many:t,reload:n}){let[r,i]=zs(n),a=Bs(e=>z(`Passkey`,{name:String(e.get(`name`)??``)}),async t=>(await L(Ds,{id:e.id,name:R(String(t.get(`name`)))}),`Passkey renamed.`),n),{form:o}=a;return k`<li>
    <form class="inline" onSubmit=${a.submit} onInput=${o.onInput} ref=${o.ref} aria-label=${`Passkey `+e.name} novalidate>
      <label>Name <input defaultValue=${e.name} ...${o.field(`name`)} />${o.error(`name`)}</label>
      <span class="muted">${e.synced?`Synced`:`This device only`} · added ${K(e.createdAt)}${e.lastUsedAt?` · used `+K(e.lastUsedAt):``}</span>
      ${o.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${t&&k`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&i(()=>L(Os,{id:e.id}),`Passkey deleted.`)}>Delete</button>`}</div>
      ${(a.msg||r)&&k`<p role="status">${a.msg||r}</p>`}
    </form></li>`}function Hs({me:e}){let[t,n]=D(``),[r,i]=zs(()=>void yi());W();let a=La(t,1e7),[o,s]=xa(a.total),c=e=>confirm(`Revoke ${e.name}'s access now?`)&&i(()=>L(Ns,{id:e.id}),`Access revoked: ${e.name}.`);return k`<section class="card" aria-label="People">
    <h2>People</h2>
    <${fa} what="the people" />
    <label>Find a person <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name, email or team" /></label>
    <p class="muted" data-testid="people-count">${t.trim()?`${X(a.total)} found`:`${X(a.total)} people`}${a.total>o?`, ${X(o)} shown`:``}.</p>
    <ul class="list">${a.items.slice(0,o).map(t=>k`<li data-testid="person">${t.name} <span class="muted">${t.email} · ${J(t.role)}${t.deactivatedAt?` · no access`:``}</span>
      ${!t.deactivatedAt&&t.id!==e&&k` <button type="button" class="link" onClick=${()=>c(t)}>Revoke access</button>`}</li>`)}</ul>
    ${s()}
    ${r&&k`<p role="status">${r}</p>`}
  </section>`}var Us=e=>e.endsWith(`:write`)?e.slice(0,-6)+`:read`:null,Ws=(e,t)=>e.size===t.length&&t.every(t=>e.has(t));function Gs({scopes:e,chosen:t,setChosen:n,form:r}){let i=e.filter(e=>e.inRead).map(e=>e.name),a=e.filter(e=>e.inReadWrite).map(e=>e.name),o=(r,i)=>{let a=new Set(t);if(i){a.add(r);let t=Us(r);t&&e.some(e=>e.name===t)&&a.add(t)}else{a.delete(r);for(let t of e)Us(t.name)===r&&a.delete(t.name)}n(a)},s=(e,r)=>k`<button type="button" class="chip" aria-pressed=${Ws(t,r)?`true`:`false`} onClick=${()=>n(new Set(r))}>${e}</button>`;return k`<fieldset data-testid="token-scopes">
    <legend>What the token may do</legend>
    <div class="chips" role="group" aria-label="Quick choices">
      ${s(`Read everything`,i)}${s(`Read and write everything`,a)}
      <button type="button" class="chip" onClick=${()=>n(new Set)}>None</button>
    </div>
    <p class="muted found" aria-live="polite">${X(t.size)} of ${X(e.length)} chosen${Ws(t,i)?` (Read)`:Ws(t,a)?` (Read and write)`:``}.</p>
    ${e.map(e=>k`<label class="check"><input type="checkbox" value=${e.name} checked=${t.has(e.name)}
      onInput=${t=>o(e.name,t.target.checked)} ...${r.field(`scopes`)} />
      <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`)}
    ${r.error(`scopes`)}
  </fieldset>`}var Ks=e=>e.scope===`READ`?`Read everything`:e.scope===`READ_WRITE`?`Read and write everything`:(e.scopes??[]).join(`, `)||`nothing`;function qs({org:e,renamed:t}){let n=Bs(e=>z(`Organization`,{name:String(e.get(`name`)??``)}),async e=>(t((await L(Ps,{name:R(String(e.get(`name`)))})).updateOrganization.name),`Organization renamed.`),()=>{}),{form:r}=n;return k`<form class="card" aria-label="Organization" onSubmit=${n.submit} onInput=${r.onInput} ref=${r.ref} novalidate>
    <h2>Organization</h2>
    <label>Name <input required autocomplete="organization" defaultValue=${e} ...${r.field(`name`)} />${r.error(`name`)}</label>
    ${r.others()}
    <button type="submit">Rename</button>
    ${n.msg&&k`<p role="status">${n.msg}</p>`}
  </form>`}function Js({me:e}){let t=Sa(ks,{},e=>e.invitations),n=Sa(As,{},e=>e.apiTokens),r=()=>(t.reload(),n.reload()),[i,a]=zs(r),[o,s]=D(null),c=Bs(e=>z(`Invitation`,{email:String(e.get(`email`)??``)}),async e=>{let t=await L(js,{input:{email:R(String(e.get(`email`))),role:String(e.get(`role`))}});return s({kind:`Invitation link (send it to them; valid 7 days, once)`,value:t.createInvitation.url}),`Invitation created.`},r),l=Xi(Is,{}),[u,d]=D(new Set),f=Bs(e=>{let t=z(`APIToken`,{name:String(e.get(`name`)??``)}),n=Number(e.get(`expiresInDays`));return(!Number.isInteger(n)||n<1||n>730)&&(t.expiresInDays=`must be between 1 and 730`),e.getAll(`scopes`).length||(t.scopes=`choose at least one scope`),t},async e=>{let t=e.getAll(`scopes`).map(String),n=await L(Ls,{input:{name:R(String(e.get(`name`))),scopes:t,expiresInDays:Number(e.get(`expiresInDays`))}});return s({kind:`API token (shown only now: copy it)`,value:n.createAPIToken.token}),d(new Set),`Token created.`},r),p=c.form,m=f.form;return k`<${Hs} me=${e} />
    <form class="card" aria-label="Invite a person" onSubmit=${c.submit} onInput=${p.onInput} ref=${p.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${p.field(`email`)} />${p.error(`email`)}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${p.others()}
      <button type="submit">Create invitation link</button>
      ${c.msg&&k`<p role="status">${c.msg}</p>`}
      <${Ca} p=${t} what="the invitations" count=${(e,t)=>`${Z(t,`open invitation`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${t.items.map(e=>k`<li>${e.email??`setup link`} <span class="muted">${J(e.role)} · until ${K(e.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>L(Ms,{id:e.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
      <${wa} p=${t} />
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${f.submit} onInput=${m.onInput} ref=${m.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${m.field(`name`)} />${m.error(`name`)}</label>
      <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${m.field(`expiresInDays`)} />${m.error(`expiresInDays`)}</label>
      ${l.data?k`<${Gs} scopes=${l.data.tokenScopes} chosen=${u} setChosen=${d} form=${m} />`:k`<${ua} r=${l} what="the scopes a token can have" />`}
      ${m.others()}
      <button type="submit">Create token</button>
      ${f.msg&&k`<p role="status">${f.msg}</p>`}
      <${Ca} p=${n} what="the API tokens" count=${(e,t)=>`${Z(t,`token`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${n.items.map(e=>k`<li data-testid="token">${e.name} <span class="muted">${e.prefix}…${e.expiresAt?` · until `+K(e.expiresAt):``}${e.lastUsedAt?` · used `+K(e.lastUsedAt):``}</span>
        <span class="scopes" data-testid="token-scopes-shown"><span class="sr-only">May: </span>${Ks(e)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>L(Rs,{id:e.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
      <${wa} p=${n} />
    </form>
    ${o&&k`<div class="card secret" role="status"><strong>${o.kind}</strong><code data-testid="secret">${o.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(o.value)}>Copy</button></div>`}
    ${i&&k`<p role="status">${i}</p>`}`}var Ys=e=>e===void 0?`?`:(e/1e6).toFixed(1)+` MB`;function Xs(e,t=Date.now()){let n=Math.max(0,Math.round((t-new Date(e).getTime())/1e3)),r=(e,t)=>`${e} ${t}${e===1?``:`s`} ago`;return n<90?r(n,`second`):n<5400?r(Math.round(n/60),`minute`):n<129600?r(Math.round(n/3600),`hour`):r(Math.round(n/86400),`day`)}var Zs=e=>e%86400==0?Z(e/86400,`day`):e%3600==0?Z(e/3600,`hour`):Z(Math.round(e/60),`minute`);function Qs(){let e=Xi(Fs,{}),t=e.data?.backups;return k`<section class="card" aria-label="Backups" data-testid="backups">
    <h2>Backups</h2>
    <${ua} r=${e} what="the backups" />
    ${t&&t.database===`POSTGRESQL`&&k`<p>Walker runs on PostgreSQL: its backups are pg_dump's job (see the operations guide).</p>`}
    ${t&&t.database===`SQLITE`&&k`<p data-testid="backup-schedule">${t.everySeconds?`A backup is made every ${Zs(t.everySeconds)}; the newest ${t.keep} are kept.${t.nextAt?` Next: ${q(t.nextAt)}.`:``}`:`No backups are scheduled (WALKER_BACKUP_EVERY). walker backup makes one at any time.`}</p>
      ${t.files.length===0?k`<p class="muted">No backups yet.</p>`:k`<ul class="list">${t.files.map(e=>k`<li data-testid="backup">${e.name} <span class="muted">${Ys(e.bytes)} · ${Xs(e.madeAt)}</span></li>`)}</ul>`}`}
  </section>`}function $s(){W();let[e,t]=D(null),[n,r]=D(0);O(()=>{(async()=>{let e=await navigator.storage?.estimate?.().catch(()=>void 0);t({usage:e?.usage,quota:e?.quota,persisted:await navigator.storage?.persisted?.().catch(()=>!1)??!1})})()},[V.rev,n]);let i=V.meta,a=V.counts(),o=[[`customers`,a.customers],[`people`,a.people],[`conversations`,a.conversations],[`follow-ups`,a.followUps],[`decisions`,a.decisions],[`nominations`,a.nominations],[`endorsements`,a.endorsements],[`feedback reviews`,a.reviews],[`commitments`,a.commitments]];return k`<section class="card" aria-label="This device" data-testid="storage">
    <h2>This device</h2>
    <p data-testid="storage-use">Walker keeps ${Ys(e?.usage)} on this device${e?.quota?` (the browser allows ${Ys(e.quota)})`:``}.
      ${e&&(e.persisted?` The browser keeps it for good.`:` The browser may clear it when space runs out; Walker then gets it again.`)}</p>
    ${!e?.persisted&&k`<button type="button" class="secondary" onClick=${async()=>(await Si(),r(n+1))}>Keep Walker's data on this device</button>`}
    ${Ji()&&i&&k`<p class="muted" data-testid="replica-counts">${o.map(([e,t])=>`${X(t)} ${e}`).join(`, `)}.</p>
      <p class="muted">Filled in ${(i.fillMs/1e3).toFixed(1)} s on ${q(i.filledAt)}; up to date as of ${q(i.syncedAt)}${i.pulled.changes?` (${X(i.pulled.changes)} changes in ${i.pulled.ms} ms)`:``}.</p>`}
  </section>`}function ec({me:e,admin:t,email:n,org:r,signOut:i,renamed:a}){let o=Sa(Es,{},e=>e.viewer.passkeys),[s,c]=zs(o.reload);return k`<${Q} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${Ca} p=${o} what="your passkeys" count=${(e,t)=>`${Z(t,`passkey`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${o.items.map(e=>k`<${Vs} key=${e.id} p=${e} many=${o.total>1} reload=${o.reload} />`)}</ul>
      <${wa} p=${o} />
      <button type="button" class="secondary" onClick=${()=>c(()=>bt({invitation:``,name:``,email:``,passkeyName:`Another device`}),`Passkey added.`)}>Add a passkey</button>
      ${s&&k`<p role="status">${s}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    <${hs} />
    <${$s} />
    ${t&&k`<${qs} org=${r} renamed=${a} />`}
    ${t&&k`<${Js} me=${e} />`}
    ${t&&k`<${Ts} />`}
    ${t&&k`<${Qs} />`}
  </${Q}>`}var tc=B(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments leadersByPace { pace leaders } customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
  }
`),nc=B(`
  query TeamLeaders($p: String!, $where: LeaderWhereInput, $after: Cursor) {
    leaders(first: 50, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),rc=B(`
  query MonthConversations($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ConversationRow } }
    }
  }
`,[Vn]),ic=B(`
  query OpenFollowUps($after: Cursor) {
    followUps(first: 100, after: $after, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function ac({p:e}){let[t,n]=D(``),r=Sa(nc,{p:e,where:{deactivatedAtIsNil:!0,...t.trim()?{nameContainsFold:t.trim()}:{}}},e=>e.leaders);return k`<section class="card" aria-label="Per leader"><h2>Per leader</h2>
    <label>Find a leader <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name" /></label>
    <${Ca} p=${r} what="the leaders" count=${(e,t)=>`${X(e)} of ${X(t)} leaders shown.`} />
    <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
      <tbody>${r.items.map(e=>{let t=e.month.commitments.filter(e=>e.met).length;return k`<tr><td>${e.name}</td><td>${e.month.customersMet}</td><td>${e.month.commitments.length===0?`none`:`${t} of ${e.month.commitments.length}${e.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
    <${wa} p=${r} label="Show more leaders" />
  </section>`}function oc(){let[e,t]=D(sa()),n=Xi(tc,{p:e}),r=n.data?.dashboard;return k`<${Q} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
    <${ua} r=${n} what=${`the team dashboard`} />
    ${r&&k`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${r.walkers}</strong> walkers</li>
          <li><strong>${r.notYetWalkers}</strong> not yet</li>
          <li><strong>${r.withoutCommitments}</strong> without commitments</li>
          ${r.leadersByPace.length>0&&k`<li data-testid="team-pace">${r.leadersByPace.map((e,t)=>k`${t>0?`, `:``}<strong>${e.leaders}</strong> ${na[e.pace]}`)}</li>`}
          <li data-testid="team-customers"><strong>${r.customersMet}</strong> customers met in ${r.conversations} conversations</li>
          <li><strong>${r.openFollowUps}</strong> open follow-ups, <strong>${r.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${X(r.champions)}</strong> ${r.champions===1?`champion`:`champions`}, ${Z(r.openNominations,`open nomination`)}</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${Ta} series=${r.customersMetByMonth} label="Customers met per month, the last 12 months" /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${r.decisionsByStatus.map(e=>k`<li><strong>${e.count}</strong> ${J(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <${ac} p=${e} />
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${Q}>`}function sc(e){W();let t=new Date(e+`-01T00:00:00Z`),n=new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()+1,1)),r=Ji()&&t.getTime()>=Date.parse(cr(Date.now()).everyone),[i,a]=D({convs:[],total:0,asOf:null,error:``}),[o,s]=D(0);O(()=>{if(r)return;let e=!0;return(async()=>{let r=[],i=null;for(;;){let o=await ln(rc,{from:t.toISOString(),to:n.toISOString(),after:i});if(o.data.conversations.edges?.forEach(e=>e?.node&&r.push(tr(`conversations`,e.node))),!e)return;if(a({convs:[...r],total:o.data.conversations.totalCount,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;i=o.data.conversations.pageInfo.endCursor??null}})().catch(t=>e&&a({convs:[],total:0,asOf:null,error:String(t.message??t)})),()=>{e=!1}},[e,o,r]);let c=()=>(a({convs:[],total:0,asOf:null,error:``}),s(e=>e+1));if(!r)return{...i,retry:c,local:r};let l=[...U(`conversations`).values()].filter(e=>Date.parse(e.occurredAt)>=t.getTime()&&Date.parse(e.occurredAt)<n.getTime()).sort((e,t)=>Date.parse(e.occurredAt)-Date.parse(t.occurredAt));return{convs:l,total:l.length,asOf:null,error:``,retry:c,local:r}}function cc({p:e,org:t}){let n=sc(e),r=Sa(ic,{},e=>e.followUps),i=e=>{let t=new Map;for(let r of n.convs)for(let n of e(r))t.set(n,[...t.get(n)??[],r]);return[...t.entries()].sort((e,t)=>t[1].length-e[1].length||Aa(e[0]).localeCompare(Aa(t[0])))},a=i(e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`))),o=i(e=>[...new Set(e.customerIDs.map(e=>U(`customers`).get(e)?.segment||`No segment`))]),s=e=>k`<li><span class="muted">${K(e.occurredAt)} · ${J(e.mode)} · ${$(`people`,e.leaderID,`someone`)}${e.sentiment?` · `+J(e.sentiment):``}</span>
    ${e.heard&&k`<p class="text">“${e.heard}”</p>`}${e.painPoints&&k`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return k`<${Q} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${aa(e)}</h1>
    <p data-testid="review-heading">${t} · ${aa(e)} · printed ${K(new Date().toISOString())}</p>
    ${n.local&&k`<${fa} what="the month's conversations" />`}
    ${n.error&&k`<${ca} what="the month's conversations" error=${n.error} retry=${n.retry} />`}
    ${n.asOf&&k`<p class="asof">Offline: as of ${q(n.asOf)}</p>`}
    <p class="muted" data-testid="review-count">${X(n.convs.length)} of ${Z(n.total,`conversation`)} in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${a.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(s)}</ul></section>`)}
    <h2>By segment</h2>
    ${o.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${J(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    <${Ca} p=${r} what="the open follow-ups" count=${(e,t)=>`${X(t)} open, ${X(e)} shown.`} />
    <ul class="list">
      ${r.items.map(e=>k`<li>${e.action} <span class="muted">· ${e.owner.name}${e.dueOn?` · due `+K(e.dueOn):``}${e.conversation?` · `+e.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>
    <${wa} p=${r} label="Show more open follow-ups" />
  </${Q}>`}var lc=B(`
  query Wins($after: String) {
    wins(first: 20, after: $after) {
      wins {
        kind at person { id name }
        followUp { id action } decision { id title customerBenefit clvImpact } nomination { id story }
        conversation { id customers(first: 3) { edges { node { id name } } } }
      }
      endCursor hasNextPage
    }
  }
`),uc=(e,t,n,r)=>{let i=new URLSearchParams({nomineeID:e,story:`${t}${n?` (with ${n})`:``}: a win for our customers.`});return r&&i.set(`conversationID`,r),`#/champions/nominate?`+i.toString()},dc={FOLLOW_UP:`Quick win`,DECISION:`Decision`,CHAMPION:`New champion`};function fc(){let[e,t]=D([]);return k`<${Q} section="more">
    <h1>Wins</h1>
    <p class="muted">Quick wins, decisions with a customer-lifetime-value impact, and new champions: newest first.</p>
    <${pc} after=${null} more=${e=>t([e])} last=${e.length===0} />
    ${e.map((n,r)=>k`<${pc} key=${n} after=${n} more=${n=>t([...e.slice(0,r+1),n])} last=${r===e.length-1} />`)}
  </${Q}>`}function pc({after:e,more:t,last:n}){let r=Xi(lc,{after:e}),i=r.data?.wins;return k`<${ua} r=${r} what="the wins" />
    ${i&&i.wins.length===0&&e===null&&k`<p>No wins yet: mark a follow-up or a decision as a quick win, and it shows here when done.</p>`}
    ${i&&k`<ul class="list">${i.wins.map(e=>{let t=e.conversation?.customers.edges?.map(e=>e?.node?.name).filter(Boolean).join(`, `),n=e.followUp?.action??e.decision?.title??e.nomination?.story??``;return k`<li data-testid="win"><span class="badge">${dc[e.kind]}</span> <strong>${n}</strong>
        <br /><span class="muted">${e.person.name} · ${K(e.at)}${t?` · with ${t}`:``}${e.decision?.clvImpact==null?``:` · CLV ${e.decision.clvImpact>0?`+`:``}${e.decision.clvImpact}`}</span>
        ${e.decision&&k`<p class="text">${e.decision.customerBenefit}</p>`}
        ${e.kind!==`CHAMPION`&&k`<a href=${uc(e.person.id,n,t,e.conversation?.id)}>Nominate ${e.person.name}</a>`}</li>`})}</ul>
    ${n&&i.hasNextPage&&i.endCursor&&k`<button type="button" class="secondary" onClick=${()=>t(i.endCursor)}>Older wins</button>`}`}`}function mc({me:e,org:t,signOut:n,renamed:r}){let[i,a]=Yi(),o=e.role===`ADMIN`,[s,c]=i;switch(O(()=>(scrollTo(0,0),void yi()),[s,c]),s){case`log`:return k`<${io} me=${e.id} />`;case`conversations`:return c&&i[2]===`edit`?k`<${vo} id=${c} key=${c} />`:c?k`<${go} id=${c} me=${e.id} admin=${o} />`:k`<${mo} me=${e.id} admin=${o} saved=${a.has(`saved`)} />`;case`decisions`:return c===`new`?k`<${Jo} me=${e.id} />`:c?k`<${Yo} id=${c} key=${c} />`:k`<${Wo} me=${e.id} admin=${o} />`;case`champions`:if(c===`nominate`){let t=Object.fromEntries([`nomineeID`,`story`,`conversationID`].flatMap(e=>a.get(e)?[[e,a.get(e)]]:[]));return k`<${Oo} me=${e.id} prefill=${t} />`}return k`<${Eo} me=${e.id} admin=${o} />`;case`commitments`:return k`<${Ro} me=${e.id} />`;case`reviews`:return k`<${as} me=${e.id} admin=${o} />`;case`team`:if(!o)break;return c===`review`?k`<${cc} p=${a.get(`p`)??sa()} org=${t} />`:k`<${oc} />`;case`pending`:return c?k`<${ts} id=${c} me=${e.id} key=${c} />`:k`<${ns} />`;case`wins`:return k`<${fc} />`;case`more`:return k`<${rs} admin=${o} />`;case`settings`:return k`<${ec} me=${e.id} admin=${o} email=${e.email} org=${t} signOut=${n} renamed=${r} />`}return k`<${No} month=${sa()} admin=${o} />`}function hc(){let[e,t]=D(`loading`),[n,r]=D(null),i=location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];async function a(){let e=await ln(Ao,{p:sa()}),n=e.data.viewer;r({me:n,org:e.data.organization.name}),t(`in`),wi(()=>({me:n.id,admin:n.role===`ADMIN`,now:Date.now()}))}async function o(e){let n=await ii,r=(await n.list()).length;if(!r||confirm(`${Z(r,`change`)} ${r===1?`is`:`are`} not on the server yet and will be lost. Sign out anyway?`)){try{await St(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await un(),await Ti();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return O(()=>{yt().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?k`<p class="muted">Loading Walker…</p>`:e===`offline`?k`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?k`<${mc} me=${n.me} org=${n.org} signOut=${o} renamed=${e=>r(t=>t&&{...t,org:e})} />`:i?k`<${wn} token=${i} done=${a} />`:k`<${Tn} done=${a} />`}he(k`<${hc} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});